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

    /** Steps the application takes itself (the overdue sweep) carry this actor. */
    public static final long SYSTEM_ACTOR_ID = 0;

    public static final String SYSTEM_ACTOR_NAME = "system";

    /** Whether the application itself took this step. */
    public boolean bySystem() {
        return actorId == SYSTEM_ACTOR_ID;
    }

    /** What happened, in the past tense. */
    public enum Type {
        REPORTED,
        ASSIGNED,
        SUBMITTED,
        ACCEPTED,
        REJECTED,
        EXTENDED,
        /** Found past its deadline by the overdue sweep (tier 1: the enterprise principal is told). */
        OVERDUE,
        /** Escalated further up the responsibility chain (tier 2: the department; tier 3: the region's leaders). */
        ESCALATED,
        /** Listed for supervision (挂牌督办). */
        LISTED,
        /** A written explanation of a failed verification of a listed hazard. */
        EXPLAINED,
        /** The application flagged the hazard (reused evidence). */
        FLAGGED,
        /** Graded major by the clauses cited. */
        GRADED,
        /** Downgraded from major to general, with a reason. */
        DOWNGRADED,
        /** One half of a major hazard's dual report recorded (regulator or workers' congress). */
        MAJOR_REPORTED,
        /** Production stopped in the affected area. */
        SUSPENDED,
        /** Production resumed in the area with the hazard's closure. */
        RESUMED,
        /** An enforcement document ordered its rectification (or decided measures or a penalty for it). */
        ORDERED,
        /** A review (整改复查) found the order not carried out: the hazard stays open and the chain is told. */
        REVIEW_FAILED,
        /** A regulator confirmed a false rectification (reused evidence): sent back, and counted as a repeat. */
        FALSIFIED_CONFIRMED;

        public String messageKey() {
            return "hazardEvent." + name();
        }
    }
}
