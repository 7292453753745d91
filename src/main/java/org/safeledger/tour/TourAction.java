package org.safeledger.tour;

/** The steps of a tour, and which side takes each. */
public enum TourAction {
    /** The body records a finding (问题清单) against a target during the tour. */
    RECORD_FINDING,
    /** The body delivers its feedback (反馈): the clocks start, each finding becomes an item. */
    FEEDBACK,
    /** A target files its principal leader's own report on organising the rectification. */
    PRINCIPAL_REPORT,
    /** The body draws a reproducible sample of closed items for an unannounced re-inspection. */
    DRAW_SAMPLE,
    /** The body publishes the summary of the rectification (整改情况通报). */
    PUBLISH,
    /** The body concludes the tour once every item is closed and every principal's report received. */
    CONCLUDE;

    TourStanding takenBy() {
        return this == PRINCIPAL_REPORT ? TourStanding.TARGET : TourStanding.BODY;
    }

    public String messageKey() {
        return "tourAction." + name();
    }
}
