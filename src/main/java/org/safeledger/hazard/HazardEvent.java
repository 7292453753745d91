package org.safeledger.hazard;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step on a hazard's timeline: who did what when, the status before and after, and the facts of the step
 * (for changed fields, {@code {"field": {"before": ..., "after": ...}}}).
 */
public record HazardEvent(
        long hazardId,
        Type type,
        Instant at,
        long actorId,
        String actorName,
        @Nullable HazardStatus fromStatus,
        HazardStatus toStatus,
        Map<String, Object> detail) {

    /** What happened, in the past tense. */
    public enum Type {
        REPORTED,
        ASSIGNED,
        SUBMITTED,
        ACCEPTED,
        REJECTED,
        EXTENDED;

        public String messageKey() {
            return "hazardEvent." + name();
        }
    }
}
