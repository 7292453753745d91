package org.safeledger.campaign;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clock of a campaign's dispatch reports (调度): from the campaign's first day, every {@code every} each unit
 * below the launching region reports its progress to the one above; a period's report is due on its last day; one
 * not filed by then is late, and so is one filed after it.
 */
final class DispatchClock {

    private DispatchClock() {}

    /** One reporting period: its first and last day (the day the report is due). */
    record Window(LocalDate from, LocalDate due) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(due);
        }
    }

    /** The periods from the campaign's first day to its last that have begun by {@code today}, oldest first. */
    static List<Window> begun(LocalDate first, LocalDate last, Period every, LocalDate today) {
        var windows = new ArrayList<Window>();
        // each period from the first day by multiples (a month from Jan 31 is Feb 28, two months Mar 31)
        for (int i = 0; ; i++) {
            var from = first.plus(every.multipliedBy(i));
            if (from.isAfter(last) || from.isAfter(today)) {
                return windows;
            }
            var due = first.plus(every.multipliedBy(i + 1)).minusDays(1);
            windows.add(new Window(from, due.isAfter(last) ? last : due));
        }
    }

    /** The period {@code today} is in, if the campaign is running. */
    static @Nullable Window current(LocalDate first, LocalDate last, Period every, LocalDate today) {
        return begun(first, last, every, today).stream()
                .filter(w -> w.contains(today))
                .findFirst()
                .orElse(null);
    }

    /** Late: filed after its due day, or not filed and the due day has passed. */
    static boolean late(Window window, @Nullable LocalDate filedOn, LocalDate today) {
        return filedOn == null ? today.isAfter(window.due()) : filedOn.isAfter(window.due());
    }
}
