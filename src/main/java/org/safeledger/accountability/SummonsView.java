package org.safeledger.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.ItemProgress;

/** A summons as its reader sees it: the record, whether the report is overdue, its measures' items, may I report. */
public record SummonsView(
        long id,
        String bodyName,
        String subjectKind,
        String subjectName,
        SummonsTrigger trigger,
        String reason,
        LocalDate heldOn,
        @Nullable Long minutesAttachmentId,
        LocalDate reportDue,
        boolean reportOverdue,
        SummonsStatus status,
        @Nullable String report,
        List<Long> reportAttachmentIds,
        @Nullable Instant reportedAt,
        @Nullable String reportedByName,
        List<Measure> measures,
        boolean mayReport,
        int version) {

    /** A measure: its item and progress today. */
    public record Measure(
            long rectificationId,
            String title,
            org.safeledger.rectification.RectificationStatus status,
            LocalDate deadline,
            boolean overdue) {

        static Measure of(ItemProgress p) {
            return new Measure(p.id(), p.title(), p.status(), p.deadline(), p.overdue());
        }
    }
}
