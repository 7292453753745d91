package org.safeledger.tour;

/**
 * How an actor stands to a tour: its body (runs it, accepts its items), a supervising body above (reads all), a
 * target after the feedback (reads the tour and the findings it answers for or supervises), or none.
 */
public enum TourStanding {
    BODY,
    SUPERVISOR,
    TARGET,
    NONE;

    public boolean readsAll() {
        return this == BODY || this == SUPERVISOR;
    }
}
