package org.safeledger.org.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.safeledger.org.Enterprise;
import org.safeledger.org.EnterpriseDraft;
import org.safeledger.org.EnterpriseFilter;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise register. Lists and reads apply the caller's data scope; an enterprise outside it answers 404.
 * Updates carry the {@code version} read (a stale one answers 409).
 */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApi {

    private final EnterpriseRegister register;

    EnterpriseApi(EnterpriseRegister register) {
        this.register = register;
    }

    @GetMapping
    PageResult<Enterprise> list(
            Actor actor,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.list(actor, new EnterpriseFilter(regionCode, sector, q), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Enterprise get(Actor actor, @PathVariable long id) {
        return register.get(actor, id);
    }

    @PostMapping
    ResponseEntity<Enterprise> register(Actor actor, @Valid @RequestBody EnterpriseDraft draft) {
        var created = register.register(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    Enterprise update(
            Actor actor, @PathVariable long id, @RequestParam int version, @Valid @RequestBody EnterpriseDraft draft) {
        return register.update(actor, id, version, draft);
    }
}
