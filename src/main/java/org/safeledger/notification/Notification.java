package org.safeledger.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One message in a person's inbox, with its text in the reader's language. */
public record Notification(
        long id,
        NotificationKind kind,
        String subject,
        String link,
        String title,
        String body,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }

    /** A stored notification before its text is rendered. */
    record Stored(
            long id,
            long userId,
            NotificationKind kind,
            String subject,
            String link,
            List<String> args,
            Instant createdAt,
            @Nullable Instant readAt) {}
}
