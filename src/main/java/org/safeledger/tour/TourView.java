package org.safeledger.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Responsible;

/**
 * A tour as the API and the pages show it to one reader: its facts, clocks and progress over the findings the
 * reader reads (the body and those above read all; a target its own), the targets with their principal's
 * reports, the samples, the public summary's address once published, and the steps the reader may take now.
 */
public record TourView(
        long id,
        TourKind kind,
        String title,
        Body body,
        Place targetRegion,
        LocalDate startsOn,
        LocalDate endsOn,
        String leader,
        List<String> members,
        TourStatus status,
        @Nullable LocalDate feedbackOn,
        @Nullable LocalDate planDue,
        @Nullable LocalDate reportDue,
        TourTally findings,
        PrincipalReports principalReport,
        List<TargetView> targets,
        List<SampleView> samples,
        @Nullable String summary,
        @Nullable Instant publishedAt,
        @Nullable String publicPath,
        TourStanding standing,
        List<String> availableActions,
        int version,
        Instant createdAt) {

    /** The body that runs the tour and accepts its items. */
    public record Body(String kind, @Nullable Long departmentId, String regionCode, String name) {}

    public record Place(String code, String name) {}

    /** The principal's reports owed: due on, how many targets owe one, how many are in. */
    public record PrincipalReports(@Nullable LocalDate due, int expected, int received) {}

    /** One target: the party, its findings' progress, its principal's report, and whether the reader files it. */
    public record TargetView(
            long id,
            Responsible responsible,
            TourTally findings,
            @Nullable String report,
            List<Long> reportAttachmentIds,
            @Nullable Instant reportSubmittedAt,
            @Nullable String reportedBy,
            boolean reportOverdue,
            boolean mayReport) {}

    /** A re-inspection sample with the items drawn as they stand now. */
    public record SampleView(
            long id,
            long seed,
            int size,
            List<Long> pool,
            List<Long> drawn,
            String drawnBy,
            Instant drawnAt,
            List<FindingView> items) {}

    public boolean offers(String action) {
        return availableActions.contains(action);
    }
}
