package org.safeledger.inspection;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a checklist run is; the status owns the transition table.
 *
 * <pre>
 * IN_PROGRESS --record / measures / convert--> IN_PROGRESS
 * IN_PROGRESS --complete-->                    COMPLETED
 * COMPLETED   --convert-->                     COMPLETED   (a non-compliant answer may still become a hazard)
 * </pre>
 */
public enum RunStatus {
    IN_PROGRESS,
    COMPLETED;

    /** What may be done to a run. */
    public enum Action {
        RECORD,
        MEASURES,
        CONVERT,
        COMPLETE
    }

    private static final Map<RunStatus, Map<Action, RunStatus>> TRANSITIONS = new EnumMap<>(RunStatus.class);

    static {
        TRANSITIONS.put(
                IN_PROGRESS,
                Map.of(
                        Action.RECORD, IN_PROGRESS,
                        Action.MEASURES, IN_PROGRESS,
                        Action.CONVERT, IN_PROGRESS,
                        Action.COMPLETE, COMPLETED));
        TRANSITIONS.put(COMPLETED, Map.of(Action.CONVERT, COMPLETED));
    }

    public Optional<RunStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }
}
