package org.safeledger.rectification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an item is in its loop; the status owns the transition table.
 *
 * <pre>
 * ASSIGNED   --plan-->     RECTIFYING --progress / plan / extend--> RECTIFYING
 * ASSIGNED   --extend-->   ASSIGNED
 * RECTIFYING --submit-->   SUBMITTED  --accept--> CLOSED
 *                          SUBMITTED  --reject--> RECTIFYING
 *                          CLOSED     --reopen--> RECTIFYING (a re-inspection found it not rectified)
 * ASSIGNED, RECTIFYING, SUBMITTED --grant-extension / deny-extension--> the same status (an extension asked)
 * </pre>
 */
public enum RectificationStatus {
    ASSIGNED,
    RECTIFYING,
    SUBMITTED,
    CLOSED;

    private static final Map<RectificationStatus, Map<RectificationAction, RectificationStatus>> TRANSITIONS =
            new EnumMap<>(RectificationStatus.class);

    static {
        TRANSITIONS.put(
                ASSIGNED,
                Map.of(
                        RectificationAction.PLAN, RECTIFYING,
                        RectificationAction.EXTEND, ASSIGNED,
                        RectificationAction.GRANT_EXTENSION, ASSIGNED,
                        RectificationAction.DENY_EXTENSION, ASSIGNED));
        TRANSITIONS.put(
                RECTIFYING,
                Map.of(
                        RectificationAction.PLAN, RECTIFYING,
                        RectificationAction.PROGRESS, RECTIFYING,
                        RectificationAction.SUBMIT, SUBMITTED,
                        RectificationAction.EXTEND, RECTIFYING,
                        RectificationAction.GRANT_EXTENSION, RECTIFYING,
                        RectificationAction.DENY_EXTENSION, RECTIFYING));
        TRANSITIONS.put(
                SUBMITTED,
                Map.of(
                        RectificationAction.ACCEPT, CLOSED,
                        RectificationAction.REJECT, RECTIFYING,
                        RectificationAction.GRANT_EXTENSION, SUBMITTED,
                        RectificationAction.DENY_EXTENSION, SUBMITTED));
        TRANSITIONS.put(CLOSED, Map.of(RectificationAction.REOPEN, RECTIFYING));
    }

    public Optional<RectificationStatus> after(RectificationAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(RectificationAction action) {
        return after(action).isPresent();
    }

    /** Still the responsible party's to do: the deadline runs against it. */
    public boolean owed() {
        return this == ASSIGNED || this == RECTIFYING;
    }

    public String messageKey() {
        return "rectificationStatus." + name();
    }
}
