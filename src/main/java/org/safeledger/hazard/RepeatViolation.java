package org.safeledger.hazard;

import java.time.Instant;
import java.util.List;
import org.safeledger.shared.Sector;

/**
 * A hazard cites a clause the enterprise was already ordered to rectify, or had a hazard of closed, within the
 * repeat window (for the inspectors' notification: apply aggravated handling, 从重).
 */
public record RepeatViolation(
        long hazardId,
        String title,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Sector sector,
        List<Long> earlierHazardIds,
        Instant at) {}
