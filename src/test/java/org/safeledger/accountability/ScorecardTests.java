package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTests {

    private static final AssessmentScheme SCHEME = new AssessmentScheme(
            "test",
            100,
            90,
            80,
            60,
            Set.of("SERIOUS", "EXTRA_SERIOUS"),
            List.of(
                    new AssessmentScheme.Indicator("DUTY_NOT_PERFORMED", 2, 20),
                    new AssessmentScheme.Indicator("SUMMONS", 5, 10)));

    private static List<Map<String, Object>> facts(int n) {
        return Collections.nCopies(n, Map.of("fact", "X"));
    }

    @Test
    void eachFactDeductsItsIndicatorsPointsUpToTheIndicatorsMost() {
        var card = Scorecard.score(
                SCHEME,
                2026,
                "152921",
                "阿拉善左旗",
                Map.of("DUTY_NOT_PERFORMED", facts(3), "SUMMONS", facts(3)),
                List.of());

        assertThat(card.deductions())
                .extracting(Scorecard.Deduction::indicator, Scorecard.Deduction::count, Scorecard.Deduction::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DUTY_NOT_PERFORMED", 3, 6),
                        org.assertj.core.groups.Tuple.tuple("SUMMONS", 3, 10));
        assertThat(card.score()).isEqualTo(84);
        assertThat(card.grade()).isEqualTo(Scorecard.Grade.GOOD);
    }

    @Test
    void theGradesBoundsBelongToTheHigherGrade() {
        assertThat(Scorecard.grade(SCHEME, 90)).isEqualTo(Scorecard.Grade.EXCELLENT);
        assertThat(Scorecard.grade(SCHEME, 89)).isEqualTo(Scorecard.Grade.GOOD);
        assertThat(Scorecard.grade(SCHEME, 80)).isEqualTo(Scorecard.Grade.GOOD);
        assertThat(Scorecard.grade(SCHEME, 79)).isEqualTo(Scorecard.Grade.PASS);
        assertThat(Scorecard.grade(SCHEME, 60)).isEqualTo(Scorecard.Grade.PASS);
        assertThat(Scorecard.grade(SCHEME, 59)).isEqualTo(Scorecard.Grade.FAIL);
    }

    @Test
    void aSeriousAccidentVetoesTheYearWhateverThePoints() {
        var card = Scorecard.score(
                SCHEME, 2026, "152921", "阿拉善左旗", Map.of(), List.of(Map.of("fact", "ACCIDENT", "level", "SERIOUS")));

        assertThat(card.score()).isEqualTo(100);
        assertThat(card.vetoed()).isTrue();
        assertThat(card.grade()).isEqualTo(Scorecard.Grade.FAIL);
    }

    @Test
    void factsOfAnIndicatorTheSchemeDoesNotListDeductNothing() {
        var card = Scorecard.score(SCHEME, 2026, "152921", "阿拉善左旗", Map.of("ACCIDENT_GENERAL", facts(4)), List.of());

        assertThat(card.score()).isEqualTo(100);
        assertThat(card.deductions()).isEmpty();
    }

    @Test
    void aPlanDeductsOnceForEachTenPointsItsInspectionsFallShortOfTheShareOfTheYearExpected() {
        assertThat(Scorecard.planShortfall(50, 100, 100)).isEqualTo(5);
        assertThat(Scorecard.planShortfall(50, 100, 59)).isZero();
        assertThat(Scorecard.planShortfall(50, 100, 60)).isEqualTo(1);
        assertThat(Scorecard.planShortfall(120, 100, 100))
                .as("done beyond the plan")
                .isZero();
        assertThat(Scorecard.planShortfall(0, 0, 100)).as("nothing planned").isZero();
    }

    @Test
    void aFactWithUnitsCountsThatManyTimes() {
        var card = Scorecard.score(
                SCHEME,
                2026,
                "152921",
                "阿拉善左旗",
                Map.of("DUTY_NOT_PERFORMED", List.of(Map.of("fact", "PLAN", "units", 3), Map.of("fact", "X"))),
                List.of());

        assertThat(card.deductions().get(0).count()).isEqualTo(4);
        assertThat(card.deductions().get(0).points()).isEqualTo(8);
    }

    @Test
    void aSchemeWhoseGradesAreOutOfOrderIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentScheme("x", 100, 80, 90, 60, Set.of(), List.of()));
    }
}
