package org.safeledger.tipoff.web;

import org.safeledger.shared.Actor;
import org.safeledger.shared.PageResult;
import org.safeledger.tipoff.TipOffInputs;
import org.safeledger.tipoff.TipOffTriage;
import org.safeledger.tipoff.TipOffView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tip-offs for the departments that triage them: the list, one (with the reporter's contact), and the steps, each
 * with the version read (the public's side: PublicTipOffApi).
 */
@RestController
class TipOffApi {

    private final TipOffTriage triage;

    TipOffApi(TipOffTriage triage) {
        this.triage = triage;
    }

    @GetMapping("/api/v1/tip-offs")
    PageResult<TipOffView> list(Actor actor) {
        var items = triage.list(actor);
        return new PageResult<>(items, items.size());
    }

    @GetMapping("/api/v1/tip-offs/{id}")
    TipOffView get(Actor actor, @PathVariable long id) {
        return triage.get(actor, id);
    }

    @PostMapping("/api/v1/tip-offs/{id}/actions/open-hazard")
    TipOffView openHazard(Actor actor, @PathVariable long id, @RequestBody TipOffInputs.OpenHazard step) {
        return triage.openHazard(actor, id, step);
    }

    @PostMapping("/api/v1/tip-offs/{id}/actions/order-inspection")
    TipOffView orderInspection(Actor actor, @PathVariable long id, @RequestBody TipOffInputs.OrderInspection step) {
        return triage.orderInspection(actor, id, step);
    }

    @PostMapping("/api/v1/tip-offs/{id}/actions/reject")
    TipOffView reject(Actor actor, @PathVariable long id, @RequestBody TipOffInputs.Reject step) {
        return triage.reject(actor, id, step);
    }

    @PostMapping("/api/v1/tip-offs/{id}/actions/reward")
    TipOffView reward(Actor actor, @PathVariable long id, @RequestBody TipOffInputs.Reward step) {
        return triage.reward(actor, id, step);
    }
}
