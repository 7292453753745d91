package org.safeledger.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * A general hazard from the past, as another ledger (or a paper record) holds it: found, and — when known — assigned
 * with a deadline, its evidence submitted and accepted, each at its own moment. Histories are recorded through the
 * aggregate's own transitions at those moments, so the timeline reads as if the loop had run here.
 */
public record PastHazard(
        long enterpriseId,
        String title,
        String location,
        Sector sector,
        HazardSource source,
        Instant discoveredAt,
        String discoveredBy,
        @Nullable Instant assignedAt,
        @Nullable LocalDate deadline,
        @Nullable String responsiblePerson,
        @Nullable Instant submittedAt,
        @Nullable String evidence,
        @Nullable Instant closedAt) {}
