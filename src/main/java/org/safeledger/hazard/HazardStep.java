package org.safeledger.hazard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of the loop with only its own fields: the body of {@code POST /api/v1/hazards/{id}/actions/{action}},
 * each with the {@code version} read. Dates are {@code YYYY-MM-DD} strings so that a malformed one is a 400 naming
 * its field; a field the action needs and lacks is a 400 naming it.
 */
public sealed interface HazardStep {

    Integer version();

    HazardAction action();

    /** The rectification plan, its responsible person and deadline; for a major hazard the 五落实 and 治理方案. */
    record Assign(
            @NotNull Integer version,
            @Nullable @Size(max = 2000) String plan,
            @Nullable @Size(max = 50) String responsiblePerson,
            @Nullable String deadline,
            @Nullable @Valid FiveImplementations fiveImplementations,
            @Nullable @Valid TreatmentPlan treatmentPlan)
            implements HazardStep {

        public Assign(int version, String plan, String responsiblePerson, String deadline) {
            this(version, plan, responsiblePerson, deadline, null, null);
        }

        @Override
        public HazardAction action() {
            return HazardAction.ASSIGN;
        }
    }

    /** The evidence of the rectification: a text, the attachments uploaded before, the cost. */
    record Submit(
            @NotNull Integer version,
            @Nullable @Size(max = 2000) String evidence,
            @Nullable List<@NotNull Long> attachmentIds,
            @Nullable @Min(0) Long costYuan)
            implements HazardStep {

        public Submit(int version, String evidence) {
            this(version, evidence, null, null);
        }

        @Override
        public HazardAction action() {
            return HazardAction.SUBMIT;
        }

        /** The same step with these evidence files (the page's uploads, stored just before). */
        public Submit withAttachmentIds(List<Long> ids) {
            return new Submit(version, evidence, ids, costYuan);
        }
    }

    /** Verified: closed (销号) with the verifier's opinion. */
    record Accept(
            @NotNull Integer version,
            @Nullable @Size(max = 1000) String opinion) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.ACCEPT;
        }
    }

    /** Sent back with the reason. */
    record Reject(
            @NotNull Integer version,
            @Nullable @Size(max = 1000) String reason) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.REJECT;
        }
    }

    /** Reused evidence confirmed a false rectification, with the reason. */
    record ConfirmFalsified(
            @NotNull Integer version,
            @Nullable @Size(max = 1000) String reason) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.CONFIRM_FALSIFIED;
        }
    }

    /** A later deadline with the reason. */
    record Extend(
            @NotNull Integer version,
            @Nullable String newDeadline,
            @Nullable @Size(max = 1000) String reason) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.EXTEND;
        }
    }

    /** Listed for supervision (挂牌督办) by a department, with its notice number, deadline and, if given, level. */
    record ListForSupervision(
            @NotNull Integer version,
            @Nullable Long supervisingDepartmentId,
            @Nullable String deadline,
            @Nullable @Size(max = 100) String noticeNo,
            @Nullable String level)
            implements HazardStep {

        public ListForSupervision(int version, long departmentId, @Nullable String noticeNo, String deadline) {
            this(version, departmentId, deadline, noticeNo, null);
        }

        @Override
        public HazardAction action() {
            return HazardAction.LIST;
        }
    }

    /** The responsible unit's written explanation after a listed hazard failed its verification. */
    record Explain(
            @NotNull Integer version,
            @Nullable @Size(max = 2000) String explanation) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.EXPLAIN;
        }
    }

    /** Grading major by clauses of a determination standard: ids, or numbers such as "18.10". */
    record Cite(
            @NotNull Integer version,
            @Nullable List<@NotNull Long> clauseIds,
            @Nullable @Size(max = 200) String clauseNumbers)
            implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.CITE;
        }
    }

    /** Graded back to general, with the reason. */
    record Downgrade(
            @NotNull Integer version,
            @Nullable @Size(max = 1000) String reason) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.DOWNGRADE;
        }
    }

    /** One half of a major hazard's dual report: the channel (REGULATOR or WORKERS_CONGRESS), recipient, report. */
    record ReportMajor(
            @NotNull Integer version,
            @Nullable String channel,
            @Nullable @Size(max = 200) String recipient,
            @Nullable @Size(max = 4000) String report)
            implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.REPORT_MAJOR;
        }
    }

    /** Production stopped in the area the hazard affects. */
    record Suspend(
            @NotNull Integer version,
            @Nullable @Size(max = 200) String area) implements HazardStep {

        @Override
        public HazardAction action() {
            return HazardAction.SUSPEND;
        }
    }
}
