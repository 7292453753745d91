package org.safeledger.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A hazard was listed for supervision (published in the listing's transaction, for the notifications). */
public record HazardListed(
        long hazardId,
        String title,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        long departmentId,
        String departmentName,
        Listing.Level level,
        @Nullable String noticeNo,
        LocalDate deadline,
        Instant at) {}
