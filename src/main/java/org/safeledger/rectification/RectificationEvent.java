package org.safeledger.rectification;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One entry of an item's timeline: what happened, when, by whom (null: the application), from which status. */
public record RectificationEvent(
        long rectificationId,
        Type type,
        Instant at,
        @Nullable Long actorId,
        String actorName,
        @Nullable RectificationStatus fromStatus,
        RectificationStatus toStatus,
        Map<String, Object> detail) {

    public static final String SYSTEM_ACTOR_NAME = "SafeLedger";

    public enum Type {
        ASSIGNED,
        PLANNED,
        PROGRESS,
        SUBMITTED,
        ACCEPTED,
        REJECTED,
        EXTENSION_ASKED,
        EXTENDED,
        EXTENSION_DENIED,
        REOPENED,
        OVERDUE,
        ESCALATED;

        public String messageKey() {
            return "rectificationEvent." + name();
        }
    }
}
