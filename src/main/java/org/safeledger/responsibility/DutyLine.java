package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One duty of a region's list on a day: the post it falls on (and its holder then), and its windows over the
 * look-back — performed with their records, missed, or still open.
 */
public record DutyLine(
        Duty duty,
        @Nullable Long postId,
        @Nullable String post,
        @Nullable String holder,
        List<WindowLine> windows,
        boolean mayRecord) {

    public enum Status {
        PERFORMED,
        MISSED,
        OPEN;

        public String messageKey() {
            return "dutyStatus." + name();
        }
    }

    public record WindowLine(LocalDate from, LocalDate to, Status status, List<DutyRecord> records) {}

    /**
     * The duty's windows from the one containing {@code since} to the one containing {@code asOf}, each judged by
     * the records given (those known on {@code asOf}) for this post.
     */
    static List<WindowLine> windows(Duty duty, LocalDate since, LocalDate asOf, List<DutyRecord> records) {
        return duty.windows(since, asOf).stream()
                .map(w -> {
                    var done = records.stream()
                            .filter(r -> w.contains(r.performedOn())
                                    && !r.performedOn().isAfter(asOf))
                            .toList();
                    var status = !done.isEmpty() ? Status.PERFORMED : w.endedBefore(asOf) ? Status.MISSED : Status.OPEN;
                    return new WindowLine(w.from(), w.to(), status, done);
                })
                .toList();
    }
}
