package org.safeledger.campaign;

import java.util.List;
import org.safeledger.identity.Recipients;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A lesson check (举一反三) is news for every enterprise it targets. */
@Component
class LessonAlerts {

    private final Recipients recipients;
    private final Notifier notifier;

    LessonAlerts(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    /** A lesson check is for the principals of every target enterprise. */
    @EventListener
    void on(LessonLaunched e) {
        notifier.send(
                recipients.enterprisePrincipals(e.enterpriseIds()),
                NotificationKind.LESSON_CHECK,
                "lesson-rollout:" + e.rolloutId(),
                "/lessons/" + e.rolloutId(),
                List.of(e.title(), e.deadline().toString()),
                new RegionCode(e.regionCode()),
                e.at());
    }
}
