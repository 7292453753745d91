package org.safeledger.enforcement;

import java.util.ArrayList;
import java.util.List;

/** The watch list's rule applied to one enterprise's counts: its score, whether it is on the list, and why. */
public final class Screening {

    private Screening() {}

    /** What the rule counts for an enterprise over the window. */
    public record Counts(long majorHazards, long overdue, long repeats, long orders, long failedReviews) {}

    /** One reason: what was counted, how many, the points they gave. */
    public record Reason(String code, long count, long points) {}

    public record Result(boolean listed, long score, List<Reason> reasons) {}

    public static Result screen(Counts c, WatchListProperties rule) {
        var reasons = new ArrayList<Reason>();
        add(reasons, "MAJOR_HAZARDS", c.majorHazards(), rule.majorHazardPoints());
        add(reasons, "OVERDUE", c.overdue(), rule.overduePoints());
        add(reasons, "REPEATS", c.repeats(), rule.repeatPoints());
        add(reasons, "ORDERS", c.orders(), rule.orderPoints());
        add(reasons, "FAILED_REVIEWS", c.failedReviews(), rule.failedReviewPoints());
        long score = reasons.stream().mapToLong(Reason::points).sum();
        boolean listed = score >= rule.threshold()
                || c.repeats() >= rule.repeatsAlone()
                || c.failedReviews() >= rule.failedReviewsAlone();
        return new Result(listed, score, List.copyOf(reasons));
    }

    private static void add(List<Reason> reasons, String code, long count, int points) {
        if (count > 0) {
            reasons.add(new Reason(code, count, count * points));
        }
    }
}
