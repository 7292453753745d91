package org.safeledger.shared.loop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;

/**
 * The deadline clock of every closed loop (hazards and rectification items alike, ADR 0009): when a deadline is
 * passed, how far, which escalation tier that reaches, whether an extension may still be asked. Days are calendar
 * days in the configured zone; the deadline day itself is still in time.
 */
public final class DeadlineClock {

    private DeadlineClock() {}

    /** Past the deadline on {@code today}: the day after the deadline is the first overdue day. */
    public static boolean passed(@Nullable LocalDate deadline, LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }

    /** Days past the deadline on {@code today}; zero or negative while in time. */
    public static long daysOverdue(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(deadline, today);
    }

    /**
     * The escalation tier a deadline has reached: 0 in time, then one tier for each threshold of {@code tierDays}
     * (ascending days past the deadline) reached.
     */
    public static int reachedTier(LocalDate deadline, LocalDate today, List<Integer> tierDays) {
        long late = daysOverdue(deadline, today);
        int tier = 0;
        while (tier < tierDays.size() && late >= tierDays.get(tier)) {
            tier++;
        }
        return tier;
    }

    /**
     * Why an extension cannot be granted now, or empty: it must be asked before the deadline has passed
     * (督办 practice: "an extension is asked before the deadline"), and move the deadline later.
     */
    public static Optional<ConflictException> extensionRefusal(LocalDate deadline, LocalDate today) {
        if (passed(deadline, today)) {
            return Optional.of(new ConflictException("newDeadline", "error.loop.extensionAfterDeadline", deadline));
        }
        return Optional.empty();
    }
}
