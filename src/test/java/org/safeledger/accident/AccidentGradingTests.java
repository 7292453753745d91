package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeledger.accident.AccidentLevel.EXTRA_SERIOUS;
import static org.safeledger.accident.AccidentLevel.GENERAL;
import static org.safeledger.accident.AccidentLevel.LARGER;
import static org.safeledger.accident.AccidentLevel.SERIOUS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decree 493 art. 3 at every boundary: 以上 includes the number, 以下 excludes it; the highest criterion wins. */
class AccidentGradingTests {

    @ParameterizedTest(name = "{0} dead → {1}")
    @CsvSource({
        "0, GENERAL",
        "2, GENERAL",
        "3, LARGER",
        "9, LARGER",
        "10, SERIOUS",
        "29, SERIOUS",
        "30, EXTRA_SERIOUS",
        "53, EXTRA_SERIOUS"
    })
    void deathsAreGradedByHalfOpenBands(int deaths, AccidentLevel expected) {
        assertThat(AccidentGrading.level(deaths, 0, 0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} seriously injured → {1}")
    @CsvSource({"9, GENERAL", "10, LARGER", "49, LARGER", "50, SERIOUS", "99, SERIOUS", "100, EXTRA_SERIOUS"})
    void seriousInjuriesAreGradedByHalfOpenBands(int injured, AccidentLevel expected) {
        assertThat(AccidentGrading.level(0, injured, 0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} yuan → {1}")
    @CsvSource({
        "9999999, GENERAL",
        "10000000, LARGER",
        "49999999, LARGER",
        "50000000, SERIOUS",
        "99999999, SERIOUS",
        "100000000, EXTRA_SERIOUS",
        "204302500, EXTRA_SERIOUS"
    })
    void directLossIsGradedByHalfOpenBands(long yuan, AccidentLevel expected) {
        assertThat(AccidentGrading.level(0, 0, yuan)).isEqualTo(expected);
    }

    @Test
    void theHighestCriterionWins() {
        // the pack's example: 2 dead but 60 seriously injured is 重大
        assertThat(AccidentGrading.level(2, 60, 0)).isEqualTo(SERIOUS);
        assertThat(AccidentGrading.level(2, 9, 10_000_000)).isEqualTo(LARGER);
        assertThat(AccidentGrading.level(9, 49, 100_000_000)).isEqualTo(EXTRA_SERIOUS);
        assertThat(AccidentGrading.level(30, 0, 5_000)).isEqualTo(EXTRA_SERIOUS);
        assertThat(AccidentGrading.level(2, 9, 9_999_999)).isEqualTo(GENERAL);
    }

    @Test
    void theProvisionalLevelCountsTheMissingAsDead() {
        var figures = new Figures(2, 8, 0, 3, 1_000_000);
        assertThat(AccidentGrading.confirmed(figures)).isEqualTo(GENERAL);
        assertThat(AccidentGrading.provisional(figures)).isEqualTo(SERIOUS);
        assertThat(AccidentGrading.provisional(new Figures(2, 1, 0, 0, 0))).isEqualTo(LARGER);
        assertThat(AccidentGrading.provisional(new Figures(2, 0, 0, 0, 0))).isEqualTo(GENERAL);
    }
}
