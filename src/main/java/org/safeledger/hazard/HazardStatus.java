package org.safeledger.hazard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a hazard is in its loop. The status owns the transition table: which action leads where.
 *
 * <pre>
 * REPORTED   --assign-->  RECTIFYING --submit--> SUBMITTED --accept--> CLOSED
 *                         RECTIFYING --extend--> RECTIFYING
 *                         SUBMITTED  --reject--> RECTIFYING
 * (reported already rectified on the spot, 立查立改: straight to SUBMITTED)
 * any open status --list--> the same status (挂牌督办: listed for supervision)
 * any open status --cite / downgrade / report-major / suspend--> the same status
 *                         SUBMITTED  --confirm-falsified--> RECTIFYING (false rectification: a repeat)
 *                         RECTIFYING --explain--> RECTIFYING (a listed hazard's failed verification explained)
 * </pre>
 */
public enum HazardStatus {
    REPORTED,
    RECTIFYING,
    SUBMITTED,
    CLOSED;

    private static final Map<HazardStatus, Map<HazardAction, HazardStatus>> TRANSITIONS =
            new EnumMap<>(HazardStatus.class);

    static {
        TRANSITIONS.put(
                REPORTED,
                Map.of(
                        HazardAction.ASSIGN, RECTIFYING,
                        HazardAction.LIST, REPORTED,
                        HazardAction.CITE, REPORTED,
                        HazardAction.DOWNGRADE, REPORTED,
                        HazardAction.REPORT_MAJOR, REPORTED,
                        HazardAction.SUSPEND, REPORTED));
        TRANSITIONS.put(
                RECTIFYING,
                Map.of(
                        HazardAction.SUBMIT, SUBMITTED,
                        HazardAction.EXTEND, RECTIFYING,
                        HazardAction.LIST, RECTIFYING,
                        HazardAction.EXPLAIN, RECTIFYING,
                        HazardAction.CITE, RECTIFYING,
                        HazardAction.DOWNGRADE, RECTIFYING,
                        HazardAction.REPORT_MAJOR, RECTIFYING,
                        HazardAction.SUSPEND, RECTIFYING));
        TRANSITIONS.put(
                SUBMITTED,
                Map.of(
                        HazardAction.ACCEPT, CLOSED,
                        HazardAction.REJECT, RECTIFYING,
                        HazardAction.LIST, SUBMITTED,
                        HazardAction.CITE, SUBMITTED,
                        HazardAction.DOWNGRADE, SUBMITTED,
                        HazardAction.REPORT_MAJOR, SUBMITTED,
                        HazardAction.SUSPEND, SUBMITTED,
                        HazardAction.CONFIRM_FALSIFIED, RECTIFYING));
        TRANSITIONS.put(CLOSED, Map.of());
    }

    /** The status an action leads to from this one, or empty when the action is not allowed here. */
    public Optional<HazardStatus> after(HazardAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(HazardAction action) {
        return after(action).isPresent();
    }

    /** Whether the enterprise still owes the rectification (the deadline runs). */
    public boolean awaitsRectification() {
        return this == REPORTED || this == RECTIFYING;
    }

    public String messageKey() {
        return "hazardStatus." + name();
    }
}
