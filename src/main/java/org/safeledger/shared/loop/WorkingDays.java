package org.safeledger.shared.loop;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days, for the clocks a rule counts in them (督办: an extension asked is answered within so many working
 * days). Monday to Friday; the State Council's yearly holiday calendar (with its swapped weekend working days) is
 * not modelled, so a window over a public holiday ends a little early, never late.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The day {@code days} working days after {@code from} (a request on Friday with 1 day is due Monday). */
    public static LocalDate after(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative, got " + days);
        }
        var day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (working(day)) {
                left--;
            }
        }
        return day;
    }

    public static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
