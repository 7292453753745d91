package org.safeledger.inspection;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run of a checklist at an enterprise — a self-inspection, or a law-enforcement inspection with its mode (四不两直
 * or announced), team (user ids), the draw it came from and the on-site measures taken: in progress until completed,
 * then with its outcome; the counts say how many items were compliant, non-compliant, not checked and not
 * applicable.
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
        String kind,
        @Nullable String mode,
        List<Long> team,
        @Nullable Long drawId,
        @Nullable String measures,
        List<ItemResult> results) {

    public boolean enforcement() {
        return "ENFORCEMENT".equals(kind);
    }

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
