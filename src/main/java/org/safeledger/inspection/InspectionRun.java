package org.safeledger.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;

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
        RunStatus status,
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
        return status == RunStatus.IN_PROGRESS;
    }

    /** Why the run refuses the action now (the status table, then its kind), or empty; services and pages ask it. */
    public Optional<ConflictException> refusal(RunStatus.Action action) {
        if (action == RunStatus.Action.MEASURES && !enforcement()) {
            return Optional.of(new ConflictException("kind", "error.inspection.notEnforcement"));
        }
        if (!status.allows(action)) {
            return Optional.of(new ConflictException("status", "error.inspection.completed"));
        }
        return Optional.empty();
    }

    /** Throws the refusal of the action, if any. */
    public void require(RunStatus.Action action) {
        var refused = refusal(action);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** The run completed at {@code at} with the outcome its results give: unanswered items make it INCOMPLETE. */
    InspectionRun completed(Instant at) {
        require(RunStatus.Action.COMPLETE);
        return new InspectionRun(
                id,
                templateId,
                templateName,
                enterpriseId,
                enterpriseName,
                place,
                status.after(RunStatus.Action.COMPLETE).orElseThrow(),
                currentOutcome(),
                startedAt,
                startedBy,
                at,
                version,
                kind,
                mode,
                team,
                drawId,
                measures,
                results);
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
