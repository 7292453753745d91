package org.safeledger.notification.web;

import java.net.URI;
import java.util.List;
import org.safeledger.notification.Delivery;
import org.safeledger.notification.Webhook;
import org.safeledger.notification.WebhookAdministration;
import org.safeledger.notification.WebhookDraft;
import org.safeledger.shared.Actor;
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

/** Outgoing webhooks (administrators): create, list, enable/disable, and each one's delivery log. */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
class WebhookApi {

    private final WebhookAdministration webhooks;

    WebhookApi(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    ResponseEntity<Webhook> create(Actor actor, @RequestBody WebhookDraft draft) {
        var created = webhooks.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/admin/webhooks/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<Webhook> list(Actor actor) {
        return webhooks.list(actor);
    }

    @PostMapping("/{id}/enable")
    Webhook enable(Actor actor, @PathVariable long id) {
        return webhooks.setEnabled(actor, id, true);
    }

    @PostMapping("/{id}/disable")
    Webhook disable(Actor actor, @PathVariable long id) {
        return webhooks.setEnabled(actor, id, false);
    }

    @GetMapping("/{id}/deliveries")
    PageResult<Delivery> deliveries(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return webhooks.deliveries(actor, id, PageRequest.of(page, size));
    }
}
