package org.safeledger.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.safeledger.shared.Sector;

/**
 * An overdue hazard moved one tier up the responsibility chain (published inside the sweep's transaction, for the
 * notification module): tier 1 the enterprise principal, tier 2 the department supervising the sector in the
 * region, tier 3 the region's leaders.
 */
public record HazardEscalated(
        long hazardId,
        String title,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Sector sector,
        int tier,
        LocalDate deadline,
        long daysOverdue,
        Instant at) {}
