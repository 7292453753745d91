package org.safeledger.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A department's annual enforcement plan: per sector and supervision class, the share of such enterprises of its
 * region to inspect in the year and how many times each (key enterprises more often).
 */
public record PlanDraft(
        @Nullable Integer year,
        @Nullable String title,
        @Nullable List<Line> lines) {

    public record Line(
            @Nullable String sector,
            @Nullable String supervisionClass,
            @Nullable Integer coveragePercent,
            @Nullable Integer visitsPerEnterprise) {}
}
