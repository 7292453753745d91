package org.safeledger.hazard;

import java.time.Instant;
import java.util.List;
import org.safeledger.shared.Sector;

/** A hazard's rectification evidence was used before for other hazards (for the inspectors' notification). */
public record EvidenceReused(
        long hazardId,
        String title,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Sector sector,
        List<Long> otherHazardIds,
        Instant at) {}
