package org.safeledger.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a stored notification's title and body in a language, from the message bundles. */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    Notification render(Notification.Stored n, Locale locale) {
        var args = n.args().toArray();
        return new Notification(
                n.id(),
                n.kind(),
                n.subject(),
                n.link(),
                messages.getMessage(n.kind().titleKey(), args, locale),
                messages.getMessage(n.kind().bodyKey(), args, locale),
                n.createdAt(),
                n.readAt());
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
