package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GoingThroughMotionsTests {

    private static final CampaignProperties.Alerts DEFAULTS = new CampaignProperties.Alerts(3, 0.1, 1.0);

    private static UnitProgress unit(
            String code, @Nullable PhaseKind phase, long enterprises, long selfChecked, long department, long self) {
        return new UnitProgress(
                code,
                "地区" + code,
                UnitStatus.PLAN_FILED,
                true,
                false,
                phase,
                enterprises,
                selfChecked,
                0,
                Map.of(FindingSource.DEPARTMENT, department, FindingSource.SELF_INSPECTION, self),
                Map.of(),
                0,
                0);
    }

    @Test
    void aCountyWhoseEnterprisesFoundNothingWhileDepartmentsFoundThreeIsAlerted() {
        var alerts = GoingThroughMotions.of(unit("152921", PhaseKind.SELF_CHECK, 5, 5, 3, 0), DEFAULTS);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CampaignAlert.Kind.SELF_CHECK_SILENT);
            assertThat(a.figures()).containsExactly(3L, 0L);
        });
    }

    @Test
    void aCountyIsNotAlertedBeforeTheDepartmentsFoundEnough() {
        assertThat(GoingThroughMotions.of(unit("152921", PhaseKind.SELF_CHECK, 5, 5, 2, 0), DEFAULTS))
                .isEmpty();
    }

    @Test
    void aCountyWhoseEnterprisesFoundMoreThanTheShareIsNotAlerted() {
        assertThat(GoingThroughMotions.silentSelfCheck(unit("152921", null, 5, 5, 20, 3), DEFAULTS))
                .isEmpty();
        assertThat(GoingThroughMotions.silentSelfCheck(unit("152921", null, 5, 5, 20, 2), DEFAULTS))
                .as("two of twenty is exactly the share: still almost nothing")
                .isPresent();
    }

    @Test
    void aLeagueOrAProvinceIsNotAlertedForSilentSelfChecksItsCountiesAreAlertedFor() {
        assertThat(GoingThroughMotions.silentSelfCheck(unit("152900", null, 5, 5, 30, 0), DEFAULTS))
                .isEmpty();
        assertThat(GoingThroughMotions.silentSelfCheck(unit("150000", null, 5, 5, 30, 0), DEFAULTS))
                .isEmpty();
    }

    @Test
    void enteringEnforcementBeforeEveryEnterpriseSelfCheckedIsAPhaseWithoutItsEvidence() {
        var alert =
                GoingThroughMotions.phaseWithoutEvidence(unit("152921", PhaseKind.ENFORCEMENT, 4, 3, 0, 0), DEFAULTS);
        assertThat(alert).get().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(CampaignAlert.Kind.PHASE_WITHOUT_EVIDENCE);
            assertThat(a.figures()).containsExactly(3L, 4L);
        });
        assertThat(GoingThroughMotions.phaseWithoutEvidence(unit("152921", PhaseKind.SUMMARY, 4, 3, 0, 0), DEFAULTS))
                .isPresent();
    }

    @Test
    void theSelfCheckPhaseItselfAndAFullCoverageRaiseNoPhaseAlert() {
        assertThat(GoingThroughMotions.phaseWithoutEvidence(unit("152921", PhaseKind.SELF_CHECK, 4, 0, 0, 0), DEFAULTS))
                .isEmpty();
        assertThat(GoingThroughMotions.phaseWithoutEvidence(
                        unit("152921", PhaseKind.ENFORCEMENT, 4, 4, 0, 0), DEFAULTS))
                .isEmpty();
        assertThat(GoingThroughMotions.phaseWithoutEvidence(
                        unit("152921", PhaseKind.ENFORCEMENT, 10, 8, 0, 0), new CampaignProperties.Alerts(3, 0.1, 0.8)))
                .as("a province that asks 80% of its enterprises")
                .isEmpty();
    }
}
