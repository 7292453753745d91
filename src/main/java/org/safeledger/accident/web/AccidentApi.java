package org.safeledger.accident.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.Accident;
import org.safeledger.accident.AccidentDraft;
import org.safeledger.accident.AccidentRegister;
import org.safeledger.accident.AccidentUpdate;
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

/**
 * Accidents (api.md): filing with the level computed, follow-up figures with the level recomputed and its history,
 * reading in scope, and the reporting chain's steps sent and received.
 */
@RestController
class AccidentApi {

    private final AccidentRegister register;

    AccidentApi(AccidentRegister register) {
        this.register = register;
    }

    @PostMapping("/api/v1/accidents")
    ResponseEntity<Accident> report(Actor actor, @RequestBody AccidentDraft draft) {
        var accident = register.report(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + accident.id()))
                .body(accident);
    }

    @GetMapping("/api/v1/accidents")
    PageResult<Accident> list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.list(actor, enterpriseId, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/accidents/{id}")
    Accident get(Actor actor, @PathVariable long id) {
        return register.get(actor, id);
    }

    @PostMapping("/api/v1/accidents/{id}/updates")
    Accident update(Actor actor, @PathVariable long id, @RequestBody AccidentUpdate update) {
        return register.update(actor, id, update);
    }

    /** The reporting chain: this step was sent up by the department of the step below. */
    @PostMapping("/api/v1/accidents/{id}/chain/{step}/sent")
    Accident sent(Actor actor, @PathVariable long id, @PathVariable String step) {
        return register.sent(actor, id, step);
    }

    /** {@code {parties: ["POLICE", "LABOUR", "UNION", "PROCURATORATE"]}}: received, and who was told. */
    @PostMapping("/api/v1/accidents/{id}/chain/{step}/received")
    Accident received(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @RequestBody(required = false) @Nullable Received body) {
        return register.received(actor, id, step, body == null ? null : body.parties());
    }

    record Received(@Nullable List<String> parties) {}
}
