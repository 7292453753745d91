package org.safeledger.shared.loop;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The colour of a supervised (督办) item, derived from the clock: {@code BLUE} near the deadline, {@code YELLOW}
 * behind its plan (no plan in time, no progress report in time, or its evidence sent back), {@code RED} overdue
 * (responsibility-and-supervision.md §5). Red outranks yellow, yellow blue. An item waiting for acceptance or closed
 * has no colour: what is owed then is the supervisor's.
 */
public enum SupervisionColour {
    BLUE,
    YELLOW,
    RED;

    /**
     * The colour of an item still owed by its responsible party on {@code today}, or null.
     *
     * @param owed whether the rectification is still the responsible party's to do (not submitted, not closed)
     * @param behindPlan whether it is behind its plan, as the item's own rule judges
     * @param near how long before the deadline an item turns blue
     */
    public static @Nullable SupervisionColour of(
            boolean owed, LocalDate deadline, boolean behindPlan, LocalDate today, Period near) {
        if (!owed) {
            return null;
        }
        if (DeadlineClock.passed(deadline, today)) {
            return RED;
        }
        if (behindPlan) {
            return YELLOW;
        }
        return today.plus(near).isBefore(deadline) ? null : BLUE;
    }

    public String messageKey() {
        return "supervision." + name();
    }
}
