package org.safeledger.accident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The investigation's clock (Decree 493 art. 29): the report is due 60 days after the accident's day, later by the
 * extension approved (at most 60 days) and by the days technical appraisals ran, a day counted once however many
 * appraisals ran on it. Due soon within 7 days of the due date.
 */
final class InvestigationClock {

    static final int DAYS = 60;
    static final int DUE_SOON_DAYS = 7;

    private InvestigationClock() {}

    /** The due date before any extension or appraisal. */
    static LocalDate base(LocalDate accidentDay) {
        return accidentDay.plusDays(DAYS);
    }

    static LocalDate due(LocalDate base, int extensionDays, long appraisalDays) {
        return base.plusDays(extensionDays).plusDays(appraisalDays);
    }

    static Investigation.State state(@Nullable LocalDate reportSubmittedOn, LocalDate due, LocalDate today) {
        if (reportSubmittedOn != null) {
            return reportSubmittedOn.isAfter(due) ? Investigation.State.REPORTED_LATE : Investigation.State.REPORTED;
        }
        if (today.isAfter(due)) {
            return Investigation.State.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= DUE_SOON_DAYS
                ? Investigation.State.DUE_SOON
                : Investigation.State.OPEN;
    }

    /** The days the appraisals cover, a day counted once however many appraisals ran on it. */
    static long daysCovered(List<Investigation.Appraisal> appraisals) {
        long days = 0;
        LocalDate end = null;
        for (var a : appraisals.stream()
                .sorted(Comparator.comparing(Investigation.Appraisal::from))
                .toList()) {
            var from = end != null && !a.from().isAfter(end) ? end.plusDays(1) : a.from();
            if (!from.isAfter(a.to())) {
                days += ChronoUnit.DAYS.between(from, a.to()) + 1;
            }
            if (end == null || a.to().isAfter(end)) {
                end = a.to();
            }
        }
        return days;
    }
}
