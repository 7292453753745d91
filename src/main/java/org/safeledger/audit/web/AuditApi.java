package org.safeledger.audit.web;

import org.safeledger.audit.AuditChain;
import org.safeledger.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify} (administrators): recomputes the whole chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditChain chain;

    AuditApi(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/verify")
    org.safeledger.audit.AuditVerification.Result verify(Actor actor) {
        return chain.verify(actor);
    }
}
