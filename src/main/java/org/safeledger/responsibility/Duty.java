package org.safeledger.responsibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.RegionLevel;

/**
 * A duty of a duty list (责任清单, 照单履职): the post it falls on, how often it is due, what proves it, and the rule
 * it comes from. Its windows are calendar ones — a quarter for {@code P3M}, a half-year for {@code P6M} — so that
 * "at least once a quarter" reads as the rule does.
 *
 * @param level the level of region it applies to; every level when null
 * @param meetingKind for {@code MEETING} duties, the kind of meeting that performs it
 * @param province whose list the rule comes from (the default list is marked so)
 * @param regions the code prefixes of the regions whose list it is (e.g. {@code 44} for Guangdong's subtree); every
 *     region's when empty — so one file holds each province's own list beside the defaults
 */
public record Duty(
        String code,
        @Nullable RegionLevel level,
        MatrixRole role,
        Period every,
        DutyEvidenceKind evidence,
        @Nullable String meetingKind,
        String province,
        String source,
        List<String> regions) {

    /** A duty of every region's list. */
    public Duty(
            String code,
            @Nullable RegionLevel level,
            MatrixRole role,
            Period every,
            DutyEvidenceKind evidence,
            @Nullable String meetingKind,
            String province,
            String source) {
        this(code, level, role, every, evidence, meetingKind, province, source, List.of());
    }

    public Duty {
        regions = List.copyOf(regions);
        long months = every.toTotalMonths();
        if (every.getDays() != 0 || months < 1 || 12 % months != 0) {
            throw new IllegalArgumentException(
                    "duty " + code + ": every must be 1, 2, 3, 4, 6 or 12 months, got " + every);
        }
        if ((evidence == DutyEvidenceKind.MEETING) != (meetingKind != null)) {
            throw new IllegalArgumentException("duty " + code + ": a meeting duty names its meeting kind, no other");
        }
    }

    public boolean appliesTo(RegionLevel regionLevel) {
        return level == null || level == regionLevel;
    }

    /** On the region's list: of its level, and of its part of the country. */
    public boolean appliesTo(org.safeledger.org.Region region) {
        return appliesTo(region.level())
                && (regions.isEmpty()
                        || regions.stream().anyMatch(p -> region.code().startsWith(p)));
    }

    /** The calendar window of the duty that contains the day. */
    public Window windowOf(LocalDate day) {
        int months = (int) every.toTotalMonths();
        int index = (day.getMonthValue() - 1) / months;
        var from = LocalDate.of(day.getYear(), index * months + 1, 1);
        return new Window(from, from.plusMonths(months).minusDays(1));
    }

    /** The windows that end on or after {@code since} and start on or before {@code asOf}, oldest first. */
    public List<Window> windows(LocalDate since, LocalDate asOf) {
        var found = new java.util.ArrayList<Window>();
        for (var w = windowOf(since); !w.from().isAfter(asOf); w = windowOf(w.to().plusDays(1))) {
            found.add(w);
        }
        return found;
    }

    public String messageKey() {
        return "duty." + code;
    }

    /** A window of a duty: its first and last day. */
    public record Window(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        /** Over on {@code asOf}: a duty not done in it is missed. */
        public boolean endedBefore(LocalDate asOf) {
            return to.isBefore(asOf);
        }
    }
}
