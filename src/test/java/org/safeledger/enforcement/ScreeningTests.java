package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** The watch list's rule on constructed histories. */
class ScreeningTests {

    private static final WatchListProperties RULE =
            new WatchListProperties(Period.ofMonths(12), 2, 1, 3, 1, 4, 8, 2, 2, "-");

    private static Screening.Result screen(long major, long overdue, long repeats, long orders, long failed) {
        return Screening.screen(new Screening.Counts(major, overdue, repeats, orders, failed), RULE);
    }

    @Test
    void aCleanHistoryIsNotListedAndHasNoReasons() {
        var result = screen(0, 0, 0, 0, 0);
        assertThat(result.listed()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void theScoreAddsThePointsOfEachCountAndListsAtTheThreshold() {
        var below = screen(2, 1, 0, 2, 0); // 4 + 1 + 2 = 7
        assertThat(below.score()).isEqualTo(7);
        assertThat(below.listed()).isFalse();
        var at = screen(2, 2, 0, 2, 0); // 4 + 2 + 2 = 8
        assertThat(at.score()).isEqualTo(8);
        assertThat(at.listed()).isTrue();
        assertThat(at.reasons())
                .extracting(Screening.Reason::code)
                .containsExactly("MAJOR_HAZARDS", "OVERDUE", "ORDERS");
        assertThat(at.reasons().get(0).points()).isEqualTo(4);
    }

    @Test
    void repeatsOrOrdersNotCarriedOutAreEnoughOnTheirOwn() {
        assertThat(screen(0, 0, 1, 0, 0).listed()).isFalse();
        var repeats = screen(0, 0, 2, 0, 0);
        assertThat(repeats.score()).isEqualTo(6);
        assertThat(repeats.listed()).isTrue();
        assertThat(screen(0, 0, 0, 0, 1).listed()).isFalse();
        assertThat(screen(0, 0, 0, 0, 2).listed()).isTrue();
    }
}
