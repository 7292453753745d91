package org.safeledger.hazard;

import java.time.LocalDate;

/**
 * One period of a trend (a month or an ISO week, by its first day): hazards found in it, closed in it, and those
 * found in it that are owed past their deadline now.
 */
public record TrendPoint(LocalDate period, long found, long closed, long overdue) {}
