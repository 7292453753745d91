package org.safeledger.hazard;

import java.time.Instant;
import org.safeledger.shared.Sector;

/**
 * A review (整改复查) found an enforcement order not carried out for a hazard: it stays open, and the supervising
 * department and the region's leaders are told (the escalation the issue asks of a failed review).
 */
public record OrderNotCarriedOut(
        long hazardId,
        String title,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Sector sector,
        String documentNumber,
        Instant at) {}
