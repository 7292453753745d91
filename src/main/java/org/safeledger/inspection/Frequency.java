package org.safeledger.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often a scheduled self-inspection is due: once per calendar day, ISO week (from Monday) or month. */
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY;

    /** The first day of the period holding the day. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAILY -> periodStart.plusDays(1);
            case WEEKLY -> periodStart.plusWeeks(1);
            case MONTHLY -> periodStart.plusMonths(1);
        };
    }

    public String messageKey() {
        return "frequency." + name();
    }
}
