package org.safeledger.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person chooses their own channels. */
@Service
public class Preferences {

    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private final Notifications notifications;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Preferences(Notifications notifications, DraftCheck drafts, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    public ChannelPreferences get(Actor actor) {
        return notifications.preferences(actor.userId()).orElse(ChannelPreferences.defaults());
    }

    @Transactional
    public ChannelPreferences update(Actor actor, ChannelPreferences draft) {
        drafts.check(draft);
        var email = draft.email() == null || draft.email().isBlank()
                ? null
                : draft.email().strip();
        if (draft.emailEnabled() && email == null) {
            throw new InvalidInputException("email", "error.notification.emailRequired");
        }
        var language = draft.language() == null || draft.language().isBlank()
                ? "zh-CN"
                : draft.language().strip();
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "error.notification.language", language);
        }
        var saved = new ChannelPreferences(draft.emailEnabled(), email, draft.webhookEnabled(), language);
        notifications.savePreferences(actor.userId(), saved, clock.instant());
        events.publishEvent(Audited.by(
                actor,
                "notification.preferences",
                "user:" + actor.userId(),
                Map.of(
                        "emailEnabled", saved.emailEnabled(),
                        "webhookEnabled", saved.webhookEnabled(),
                        "language", language)));
        return saved;
    }
}
