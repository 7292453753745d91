package org.safeledger.hazard;

/**
 * One child region's hazard figures, for the region map: found in the period and closed of those, closed in the
 * period, and now: open, overdue, major open, listed open and escalated to the leaders.
 */
public record RegionTally(
        String prefix,
        long found,
        long foundClosed,
        long closed,
        long open,
        long overdue,
        long majorOpen,
        long listedOpen,
        long escalatedToLeaders) {

    public static RegionTally empty(String prefix) {
        return new RegionTally(prefix, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The share of the period's hazards closed by now, null when none was found. */
    public @org.jspecify.annotations.Nullable Double rectificationRate() {
        return found == 0 ? null : foundClosed / (double) found;
    }
}
