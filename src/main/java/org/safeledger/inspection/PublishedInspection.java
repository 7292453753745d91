package org.safeledger.inspection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A completed law-enforcement inspection from a double-random draw as the public sees it (双随机一公开): the
 * enterprise, the region, the department, when, the outcome, how many items were non-compliant and became hazards.
 * No internal ids: the public learns the result, not the system's keys. Runs left incomplete are not a result and
 * are not published.
 */
public record PublishedInspection(
        String enterpriseName,
        String regionCode,
        @Nullable String departmentName,
        @Nullable String mode,
        Instant completedAt,
        String outcome,
        long nonCompliant,
        long hazards) {}
