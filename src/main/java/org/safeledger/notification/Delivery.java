package org.safeledger.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One message on one channel, with every attempt to send it (the delivery log). */
public record Delivery(
        long id,
        long notificationId,
        Channel channel,
        @Nullable Long webhookId,
        String target,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        @Nullable Instant sentAt,
        Instant createdAt,
        List<Attempt> log) {

    public enum Channel {
        EMAIL,
        WEBHOOK
    }

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** One try: when, whether it worked, the HTTP status (webhooks), the error. */
    public record Attempt(
            Instant at,
            boolean success,
            @Nullable Integer httpStatus,
            @Nullable String error) {}
}
