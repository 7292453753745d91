package org.safeledger.inspection;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A self-inspection run of a checklist at an enterprise: in progress until completed, then with its outcome; the
 * counts say how many items were compliant, non-compliant, not checked and not applicable.
 */
public record InspectionRun(
        long id,
        long templateId,
        String templateName,
        long enterpriseId,
        String enterpriseName,
        String place,
        String status,
        @Nullable RunOutcome outcome,
        Instant startedAt,
        String startedBy,
        @Nullable Instant completedAt,
        int version,
        List<ItemResult> results) {

    public long count(CheckOutcome outcome) {
        return results.stream()
                .filter(r -> r.applicable() && r.outcome() == outcome)
                .count();
    }

    public long notApplicable() {
        return results.stream().filter(r -> !r.applicable()).count();
    }

    public boolean inProgress() {
        return "IN_PROGRESS".equals(status);
    }

    /** The outcome the results give now (what completion records). */
    public RunOutcome currentOutcome() {
        if (count(CheckOutcome.NON_COMPLIANT) > 0) {
            return RunOutcome.NON_COMPLIANT;
        }
        return count(CheckOutcome.NOT_CHECKED) > 0 ? RunOutcome.INCOMPLETE : RunOutcome.ALL_COMPLIANT;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("counts")
    public java.util.Map<String, Long> counts() {
        return java.util.Map.of(
                "COMPLIANT", count(CheckOutcome.COMPLIANT),
                "NON_COMPLIANT", count(CheckOutcome.NON_COMPLIANT),
                "NOT_CHECKED", count(CheckOutcome.NOT_CHECKED),
                "NOT_APPLICABLE", notApplicable());
    }
}
