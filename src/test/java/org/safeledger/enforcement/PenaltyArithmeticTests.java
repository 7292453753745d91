package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PenaltyArithmeticTests {

    @Test
    void article102FinesAUnitUpToFiftyThousandYuan() {
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.UNIT, 50_000))
                .isTrue();
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.UNIT, 50_001))
                .isFalse();
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.UNIT, 0)).isFalse();
    }

    @Test
    void article102FinesTheResponsiblePersonsOfARefusingUnitFiftyToOneHundredThousandYuan() {
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.PERSON, 49_999))
                .isFalse();
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.PERSON, 50_000))
                .isTrue();
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.PERSON, 100_000))
                .isTrue();
        assertThat(PenaltyArithmetic.art102Allows(Penalty.FinedParty.PERSON, 100_001))
                .isFalse();
    }

    @Test
    void article112FinesTheOriginalAmountForEveryDayOfRefusalAfterTheLastDayFined() {
        var ordered = LocalDate.of(2026, 11, 1);
        long days = PenaltyArithmetic.art112Days(ordered, LocalDate.of(2026, 11, 11));
        assertThat(days).isEqualTo(10);
        assertThat(PenaltyArithmetic.art112Total(20_000, days, Penalty.MAX_YUAN))
                .isEqualTo(200_000);
    }

    @Test
    void article112RefusesATotalPastTheCapADecisionCanHold() {
        assertThat(PenaltyArithmetic.art112Total(50_000, 2_000, Penalty.MAX_YUAN))
                .isEqualTo(100_000_000);
        assertThat(PenaltyArithmetic.art112Total(50_000, 2_001, Penalty.MAX_YUAN))
                .isNegative();
    }

    @Test
    void article113NeedsAnOpenMajorHazardAndThreePenaltiesIn180DaysOrFourInAYear() {
        assertThat(PenaltyArithmetic.art113RepeatedPenalties(true, 3, 3)).isTrue();
        assertThat(PenaltyArithmetic.art113RepeatedPenalties(true, 2, 4)).isTrue();
        assertThat(PenaltyArithmetic.art113RepeatedPenalties(true, 2, 3)).isFalse();
        assertThat(PenaltyArithmetic.art113RepeatedPenalties(false, 5, 8)).isFalse();
    }
}
