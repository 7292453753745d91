package org.safeledger.rectification.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.RectificationDraft;
import org.safeledger.rectification.RectificationEvent;
import org.safeledger.rectification.RectificationSweep;
import org.safeledger.rectification.RectificationView;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Steps;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rectification items of every responsible party: open, each step of the loop, read, timeline, ledger. */
@RestController
class RectificationApi {

    private final Rectifications rectifications;
    private final RectificationSweep sweep;

    RectificationApi(Rectifications rectifications, RectificationSweep sweep) {
        this.rectifications = rectifications;
        this.sweep = sweep;
    }

    @PostMapping("/api/v1/rectifications")
    ResponseEntity<RectificationView> open(Actor actor, @RequestBody RectificationDraft draft) {
        var item = rectifications.open(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/rectifications/" + item.id()))
                .body(item);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/plan")
    RectificationView plan(Actor actor, @PathVariable long id, @RequestBody Steps.Plan step) {
        return rectifications.plan(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/progress")
    RectificationView progress(Actor actor, @PathVariable long id, @RequestBody Steps.Progress step) {
        return rectifications.progress(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/submit")
    RectificationView submit(Actor actor, @PathVariable long id, @RequestBody Steps.Submit step) {
        return rectifications.submit(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/accept")
    RectificationView accept(Actor actor, @PathVariable long id, @RequestBody Steps.Accept step) {
        return rectifications.accept(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/reject")
    RectificationView reject(Actor actor, @PathVariable long id, @RequestBody Steps.Reject step) {
        return rectifications.reject(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/extend")
    RectificationView extend(Actor actor, @PathVariable long id, @RequestBody Steps.Extend step) {
        return rectifications.extend(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/grant-extension")
    RectificationView grantExtension(Actor actor, @PathVariable long id, @RequestBody Steps.GrantExtension step) {
        return rectifications.grantExtension(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/deny-extension")
    RectificationView denyExtension(Actor actor, @PathVariable long id, @RequestBody Steps.DenyExtension step) {
        return rectifications.denyExtension(actor, id, step);
    }

    @PostMapping("/api/v1/rectifications/{id}/actions/reopen")
    RectificationView reopen(Actor actor, @PathVariable long id, @RequestBody Steps.Reopen step) {
        return rectifications.reopen(actor, id, step);
    }

    @GetMapping("/api/v1/rectifications/{id}")
    RectificationView get(Actor actor, @PathVariable long id) {
        return rectifications.get(actor, id);
    }

    @GetMapping("/api/v1/rectifications/{id}/events")
    List<RectificationEvent> events(Actor actor, @PathVariable long id) {
        return rectifications.events(actor, id);
    }

    @GetMapping("/api/v1/rectifications")
    PageResult<RectificationView> list(
            Actor actor,
            @RequestParam(required = false) @Nullable String origin,
            @RequestParam(required = false) @Nullable String responsibleKind,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable String supervision,
            @RequestParam(required = false) @Nullable String standing,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        var query = new RectificationQuery(origin, responsibleKind, regionCode, status, overdue, supervision, standing);
        return rectifications.list(actor, query.filter(), PageRequest.of(page, size));
    }

    /** Runs the items' overdue sweep now (demo mode, administrators); the number of tiers crossed. */
    @PostMapping("/api/v1/admin/jobs/rectification-sweep/run")
    java.util.Map<String, Integer> sweep(Actor actor) {
        return java.util.Map.of("tiersCrossed", sweep.runNow(actor));
    }
}
