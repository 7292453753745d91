package org.safeledger.hazard;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/hazards/{id}/actions/{action}}: the {@code version} read, and the fields of that
 * action (assign: plan, responsiblePerson, deadline; submit: evidence, attachmentIds, costYuan; accept: opinion;
 * reject: reason; extend: newDeadline, reason; list: supervisingDepartmentId, deadline, noticeNo, optionally level;
 * explain: explanation; cite: clauseIds (or clauseNumbers such as "18.10"); downgrade: reason; assign of a major
 * hazard also fiveImplementations and treatmentPlan; report-major: channel (REGULATOR or WORKERS_CONGRESS), recipient,
 * report; suspend: area). Dates are {@code YYYY-MM-DD} strings so that a malformed one is
 * a 400 naming its field.
 */
public record HazardStep(
        @NotNull Integer version,
        @Nullable @Size(max = 2000) String plan,
        @Nullable @Size(max = 50) String responsiblePerson,
        @Nullable String deadline,
        @Nullable @Size(max = 2000) String evidence,
        @Nullable List<@NotNull Long> attachmentIds,
        @Nullable @Min(0) Long costYuan,
        @Nullable @Size(max = 1000) String opinion,
        @Nullable @Size(max = 1000) String reason,
        @Nullable String newDeadline,
        @Nullable Long supervisingDepartmentId,
        @Nullable @Size(max = 100) String noticeNo,
        @Nullable String level,
        @Nullable @Size(max = 2000) String explanation,
        @Nullable List<@NotNull Long> clauseIds,
        @Nullable @Size(max = 200) String clauseNumbers,
        @Nullable @jakarta.validation.Valid FiveImplementations fiveImplementations,
        @Nullable @jakarta.validation.Valid TreatmentPlan treatmentPlan,
        @Nullable String channel,
        @Nullable @Size(max = 200) String recipient,
        @Nullable @Size(max = 4000) String report,
        @Nullable @Size(max = 200) String area) {

    /** The same step with these evidence files (the page's uploads, stored just before). */
    public HazardStep withAttachmentIds(List<Long> ids) {
        return new HazardStep(
                version,
                plan,
                responsiblePerson,
                deadline,
                evidence,
                ids,
                costYuan,
                opinion,
                reason,
                newDeadline,
                supervisingDepartmentId,
                noticeNo,
                level,
                explanation,
                clauseIds,
                clauseNumbers,
                fiveImplementations,
                treatmentPlan,
                channel,
                recipient,
                report,
                area);
    }

    /** The common steps of the loop (assign, submit, accept, reject), the other fields absent. */
    public static HazardStep of(
            int version,
            @Nullable String plan,
            @Nullable String responsiblePerson,
            @Nullable String deadline,
            @Nullable String evidence,
            @Nullable String opinion,
            @Nullable String reason) {
        return new HazardStep(
                version,
                plan,
                responsiblePerson,
                deadline,
                evidence,
                null,
                null,
                opinion,
                reason,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Listing for supervision by a department, with its notice number and deadline. */
    public static HazardStep listing(int version, long departmentId, @Nullable String noticeNo, String deadline) {
        return new HazardStep(
                version,
                null,
                null,
                deadline,
                null,
                null,
                null,
                null,
                null,
                null,
                departmentId,
                noticeNo,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Grading major by clause numbers (such as "18.10"). */
    public static HazardStep citing(int version, String clauseNumbers) {
        return new HazardStep(
                version,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                clauseNumbers,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** One half of a major hazard's dual report. */
    public static HazardStep majorReport(int version, MajorReportChannel channel, String recipient, String report) {
        return new HazardStep(
                version,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                channel.name(),
                recipient,
                report,
                null);
    }

    /** Stopping production in an area. */
    public static HazardStep suspending(int version, String area) {
        return new HazardStep(
                version, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, area);
    }
}
