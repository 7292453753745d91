package org.safeledger.hazard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One half of a major hazard's dual report: due when, reported when, to whom, what; late when reported after its
 * due time or still owed past it.
 */
public record MajorReport(
        MajorReportChannel channel,
        Instant dueAt,
        @Nullable Instant reportedAt,
        @Nullable String reportedBy,
        @Nullable String recipient,
        @Nullable String report) {

    public boolean lateOn(Instant now) {
        return reportedAt == null ? now.isAfter(dueAt) : reportedAt.isAfter(dueAt);
    }
}
