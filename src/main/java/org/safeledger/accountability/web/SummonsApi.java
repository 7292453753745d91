package org.safeledger.accountability.web;

import java.util.List;
import org.safeledger.accountability.SummonsInputs;
import org.safeledger.accountability.SummonsRegister;
import org.safeledger.accountability.SummonsView;
import org.safeledger.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Summons: record one with its measures, read them, the summoned's written report. */
@RestController
class SummonsApi {

    private final SummonsRegister summons;
    private final org.safeledger.accountability.SummonsTriggers triggers;

    SummonsApi(SummonsRegister summons, org.safeledger.accountability.SummonsTriggers triggers) {
        this.summons = summons;
        this.triggers = triggers;
    }

    /** Where the record of the region's subtree meets a trigger today (the reader's region when none is named). */
    @GetMapping("/api/v1/summons/triggers")
    java.util.Map<String, Object> triggers(
            Actor actor,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable
                    String regionCode) {
        return java.util.Map.of("items", triggers.of(actor, AccountabilityApi.region(actor, regionCode)));
    }

    @PostMapping("/api/v1/summons")
    @ResponseStatus(HttpStatus.CREATED)
    SummonsView record(Actor actor, @RequestBody SummonsInputs input) {
        return summons.record(actor, input, null);
    }

    @GetMapping("/api/v1/summons")
    List<SummonsView> list(Actor actor) {
        return summons.list(actor);
    }

    @GetMapping("/api/v1/summons/{id}")
    SummonsView get(Actor actor, @PathVariable long id) {
        return summons.get(actor, id);
    }

    @PostMapping("/api/v1/summons/{id}/report")
    SummonsView report(Actor actor, @PathVariable long id, @RequestBody SummonsInputs.Report input) {
        return summons.report(actor, id, input, List.of());
    }
}
