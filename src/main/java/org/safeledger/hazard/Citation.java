package org.safeledger.hazard;

import java.time.Instant;

/**
 * A clause of a determination standard that a hazard cites, as it read in the version the hazard was judged
 * against (a snapshot: a newer version of the standard does not change it).
 */
public record Citation(
        long clauseId,
        String standardCode,
        String versionKey,
        String number,
        String text,
        Instant citedAt,
        long citedBy) {}
