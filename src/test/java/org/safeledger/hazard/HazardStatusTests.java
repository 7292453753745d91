package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HazardStatusTests {

    @Test
    void aReportedHazardIsAssignedThenSubmittedThenAcceptedAndClosed() {
        assertThat(HazardStatus.REPORTED.after(HazardAction.ASSIGN)).contains(HazardStatus.RECTIFYING);
        assertThat(HazardStatus.RECTIFYING.after(HazardAction.SUBMIT)).contains(HazardStatus.SUBMITTED);
        assertThat(HazardStatus.SUBMITTED.after(HazardAction.ACCEPT)).contains(HazardStatus.CLOSED);
    }

    @Test
    void rejectedOrFalsifiedEvidenceSendsTheHazardBackToRectifying() {
        assertThat(HazardStatus.SUBMITTED.after(HazardAction.REJECT)).contains(HazardStatus.RECTIFYING);
        assertThat(HazardStatus.SUBMITTED.after(HazardAction.CONFIRM_FALSIFIED)).contains(HazardStatus.RECTIFYING);
    }

    @Test
    void evidenceCannotBeSubmittedBeforeTheRectificationIsAssigned() {
        assertThat(HazardStatus.REPORTED.allows(HazardAction.SUBMIT)).isFalse();
        assertThat(HazardStatus.REPORTED.allows(HazardAction.ACCEPT)).isFalse();
    }

    @Test
    void aClosedHazardTakesNoStepAtAll() {
        for (var action : HazardAction.values()) {
            assertThat(HazardStatus.CLOSED.allows(action)).as(action.name()).isFalse();
        }
    }

    @Test
    void listingCitingAndSuspendingKeepTheStatusOfAnOpenHazard() {
        for (var status : new HazardStatus[] {HazardStatus.REPORTED, HazardStatus.RECTIFYING, HazardStatus.SUBMITTED}) {
            assertThat(status.after(HazardAction.LIST)).contains(status);
            assertThat(status.after(HazardAction.CITE)).contains(status);
            assertThat(status.after(HazardAction.SUSPEND)).contains(status);
        }
    }

    @Test
    void onlyARectifyingHazardIsExtendedOrExplained() {
        for (var status : HazardStatus.values()) {
            assertThat(status.allows(HazardAction.EXTEND))
                    .as(status.name())
                    .isEqualTo(status == HazardStatus.RECTIFYING);
            assertThat(status.allows(HazardAction.EXPLAIN))
                    .as(status.name())
                    .isEqualTo(status == HazardStatus.RECTIFYING);
        }
    }
}
