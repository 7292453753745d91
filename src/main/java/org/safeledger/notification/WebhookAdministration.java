package org.safeledger.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators connect messaging platforms: webhooks, and their delivery logs. */
@Service
public class WebhookAdministration {

    private final Deliveries deliveries;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookAdministration(
            Deliveries deliveries,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.deliveries = deliveries;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Webhook create(Actor actor, WebhookDraft draft) {
        actor.require(Permission.SYSTEM_ADMIN);
        drafts.check(draft);
        var url = draft.url().strip();
        try {
            var uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidInputException("url", "error.webhook.url");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "error.webhook.url");
        }
        String region = null;
        if (draft.regionCode() != null && !draft.regionCode().isBlank()) {
            region = draft.regionCode().strip();
            regions.require("regionCode", new RegionCode(region).value());
        }
        long id = deliveries.insertWebhook(
                draft.name().strip(), url, draft.secret(), region, actor.userId(), clock.instant());
        var detail = new java.util.HashMap<String, Object>(
                Map.of("name", draft.name().strip(), "url", url));
        detail.put("regionCode", region);
        events.publishEvent(Audited.by(actor, "webhook.create", "webhook:" + id, detail));
        return deliveries.webhook(id).orElseThrow();
    }

    public List<Webhook> list(Actor actor) {
        actor.require(Permission.SYSTEM_ADMIN);
        return deliveries.webhooks();
    }

    @Transactional
    public Webhook setEnabled(Actor actor, long id, boolean enabled) {
        actor.require(Permission.SYSTEM_ADMIN);
        if (!deliveries.setEnabled(id, enabled)) {
            throw new NotFoundException("error.webhook.notFound", id);
        }
        events.publishEvent(
                Audited.by(actor, enabled ? "webhook.enable" : "webhook.disable", "webhook:" + id, Map.of()));
        return deliveries.webhook(id).orElseThrow();
    }

    public PageResult<Delivery> deliveries(Actor actor, long id, PageRequest page) {
        actor.require(Permission.SYSTEM_ADMIN);
        deliveries.webhook(id).orElseThrow(() -> new NotFoundException("error.webhook.notFound", id));
        return deliveries.forWebhook(id, page);
    }
}
