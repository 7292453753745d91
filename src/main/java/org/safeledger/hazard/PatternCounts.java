package org.safeledger.hazard;

/**
 * An enterprise's hazard history over a window, for the watch list: major hazards found, rectifications that ran
 * past their deadline, hazards flagged as repeats.
 */
public record PatternCounts(long enterpriseId, long majorHazards, long overdueRectifications, long repeats) {}
