package org.safeledger.hazard;

import org.jspecify.annotations.Nullable;

/**
 * One line of the escalation view: an area (a region one level below the one looked at, or, within a county, an
 * enterprise), its overdue rectifications, and how many of them reached each escalation tier.
 */
public record EscalationRow(
        @Nullable String regionCode,
        @Nullable Long enterpriseId,
        @Nullable String name,
        long overdue,
        long tier1,
        long tier2,
        long tier3) {}
