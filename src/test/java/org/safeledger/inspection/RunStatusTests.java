package org.safeledger.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;

class RunStatusTests {

    private static final Instant STARTED = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aRunInProgressTakesAnswersMeasuresAndConversionsAndCompletesOnce() {
        for (var action : RunStatus.Action.values()) {
            assertThat(RunStatus.IN_PROGRESS.allows(action)).as(action.name()).isTrue();
        }
        assertThat(RunStatus.IN_PROGRESS.after(RunStatus.Action.COMPLETE)).contains(RunStatus.COMPLETED);
    }

    @Test
    void aCompletedRunKeepsItsAnswersButMayStillTurnANonCompliantOneIntoAHazard() {
        assertThat(RunStatus.COMPLETED.allows(RunStatus.Action.RECORD)).isFalse();
        assertThat(RunStatus.COMPLETED.allows(RunStatus.Action.MEASURES)).isFalse();
        assertThat(RunStatus.COMPLETED.allows(RunStatus.Action.COMPLETE)).isFalse();
        assertThat(RunStatus.COMPLETED.after(RunStatus.Action.CONVERT)).contains(RunStatus.COMPLETED);
    }

    @Test
    void completionRecordsTheOutcomeTheAnswersGiveAndAnUnansweredItemIsNeverAllClear() {
        var done = run(
                        "SELF",
                        RunStatus.IN_PROGRESS,
                        result(1, CheckOutcome.COMPLIANT),
                        result(2, CheckOutcome.NOT_CHECKED))
                .completed(STARTED.plusSeconds(3600));
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.outcome()).isEqualTo(RunOutcome.INCOMPLETE);
        assertThat(done.completedAt()).isEqualTo(STARTED.plusSeconds(3600));
        var found = run("SELF", RunStatus.IN_PROGRESS, result(1, CheckOutcome.NON_COMPLIANT))
                .completed(STARTED);
        assertThat(found.outcome()).isEqualTo(RunOutcome.NON_COMPLIANT);
    }

    @Test
    void aCompletedRunRefusesASecondCompletionAndNewAnswers() {
        var completed = run("SELF", RunStatus.COMPLETED, result(1, CheckOutcome.COMPLIANT));
        assertThatThrownBy(() -> completed.completed(STARTED)).isInstanceOf(ConflictException.class);
        assertThat(completed.refusal(RunStatus.Action.RECORD)).isPresent();
    }

    @Test
    void onSiteMeasuresBelongToALawEnforcementInspectionOnly() {
        var self = run("SELF", RunStatus.IN_PROGRESS);
        assertThat(self.refusal(RunStatus.Action.MEASURES))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.inspection.notEnforcement"));
        assertThat(run("ENFORCEMENT", RunStatus.IN_PROGRESS).refusal(RunStatus.Action.MEASURES))
                .isEmpty();
    }

    private static ItemResult result(long id, CheckOutcome outcome) {
        return new ItemResult(
                new ChecklistItem(id, (int) id, null, null, "item " + id), true, outcome, null, List.of(), null);
    }

    private static InspectionRun run(String kind, RunStatus status, ItemResult... results) {
        return new InspectionRun(
                7,
                1,
                "t",
                2,
                "e",
                "bench 3",
                status,
                null,
                STARTED,
                "inspector",
                null,
                0,
                kind,
                null,
                List.of(),
                null,
                null,
                List.of(results));
    }
}
