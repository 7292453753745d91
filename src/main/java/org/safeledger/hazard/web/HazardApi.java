package org.safeledger.hazard.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.safeledger.hazard.HazardEvent;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardReport;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.hazard.HazardStep;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hazard ledger API (api.md). */
@RestController
@RequestMapping("/api/v1/hazards")
class HazardApi {

    private final HazardLedger ledger;
    private final RegionDirectory regions;

    HazardApi(HazardLedger ledger, RegionDirectory regions) {
        this.ledger = ledger;
        this.regions = regions;
    }

    @PostMapping
    ResponseEntity<HazardView> report(Actor actor, @RequestBody HazardReport report) {
        var entry = ledger.report(actor, report);
        return ResponseEntity.created(
                        URI.create("/api/v1/hazards/" + entry.hazard().id()))
                .body(HazardView.full(entry, ledger, actor));
    }

    /** The ledger: {@code ?regionCode=&enterpriseId=&sector=&grade=&status=A,B&overdue=&source=&from=&to=&q=&sort=}. */
    @GetMapping
    PageResult<HazardView> list(
            Actor actor,
            @org.springdoc.core.annotations.ParameterObject LedgerQuery query,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var today = ledger.today();
        return ledger.list(actor, query.toFilter(actor, regions), PageRequest.of(page, size))
                .map(entry -> HazardView.of(entry, today));
    }

    /** Overdue rectifications by area one level below the region (a county: by enterprise) and escalation tier. */
    @GetMapping("/escalations")
    java.util.List<org.safeledger.hazard.EscalationRow> escalations(
            Actor actor, @RequestParam(required = false) String regionCode) {
        return ledger.escalations(
                actor, LedgerQuery.region(regionCode).toFilter(actor, regions).regionPrefix());
    }

    /** How many hazards in each status, under the same filters (status itself ignored). */
    @GetMapping("/counts")
    Map<HazardStatus, Long> counts(Actor actor, @org.springdoc.core.annotations.ParameterObject LedgerQuery query) {
        return ledger.countByStatus(actor, query.toFilter(actor, regions));
    }

    /** Where the enterprise's production is stopped now because of a hazard (全部或者局部停产), until its closure. */
    @GetMapping("/suspensions")
    java.util.List<org.safeledger.hazard.Suspension> suspensions(
            Actor actor, @org.springframework.web.bind.annotation.RequestParam long enterpriseId) {
        return ledger.activeSuspensions(actor, enterpriseId);
    }

    @GetMapping("/{id}")
    HazardView get(Actor actor, @PathVariable long id) {
        var entry = ledger.get(actor, id);
        return HazardView.full(entry, ledger, actor);
    }

    @GetMapping("/{id}/events")
    List<HazardEvent> events(Actor actor, @PathVariable long id) {
        return ledger.timeline(actor, id);
    }

    // one endpoint per step, each with its own body (HazardStep's records); the OpenAPI document shows each one

    @PostMapping("/{id}/actions/assign")
    HazardView assign(Actor actor, @PathVariable long id, @RequestBody HazardStep.Assign step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/submit")
    HazardView submit(Actor actor, @PathVariable long id, @RequestBody HazardStep.Submit step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/accept")
    HazardView accept(Actor actor, @PathVariable long id, @RequestBody HazardStep.Accept step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/reject")
    HazardView reject(Actor actor, @PathVariable long id, @RequestBody HazardStep.Reject step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/confirm_falsified")
    HazardView confirmFalsified(Actor actor, @PathVariable long id, @RequestBody HazardStep.ConfirmFalsified step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/extend")
    HazardView extend(Actor actor, @PathVariable long id, @RequestBody HazardStep.Extend step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/list")
    HazardView list(Actor actor, @PathVariable long id, @RequestBody HazardStep.ListForSupervision step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/explain")
    HazardView explain(Actor actor, @PathVariable long id, @RequestBody HazardStep.Explain step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/cite")
    HazardView cite(Actor actor, @PathVariable long id, @RequestBody HazardStep.Cite step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/downgrade")
    HazardView downgrade(Actor actor, @PathVariable long id, @RequestBody HazardStep.Downgrade step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/report_major")
    HazardView reportMajor(Actor actor, @PathVariable long id, @RequestBody HazardStep.ReportMajor step) {
        return act(actor, id, step);
    }

    @PostMapping("/{id}/actions/suspend")
    HazardView suspend(Actor actor, @PathVariable long id, @RequestBody HazardStep.Suspend step) {
        return act(actor, id, step);
    }

    /** Any other action name: 404 naming it. */
    @PostMapping("/{id}/actions/{action}")
    HazardView unknown(@PathVariable long id, @PathVariable String action) {
        throw new NotFoundException("error.hazard.action", action);
    }

    private HazardView act(Actor actor, long id, HazardStep step) {
        return HazardView.full(ledger.act(actor, id, step), ledger, actor);
    }
}
