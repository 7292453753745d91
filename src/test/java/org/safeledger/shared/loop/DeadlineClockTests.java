package org.safeledger.shared.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClockTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    private static final List<Integer> TIERS = List.of(1, 7, 15);

    @Test
    void theDeadlineDayItselfIsStillInTime() {
        assertThat(DeadlineClock.passed(DEADLINE, DEADLINE)).isFalse();
        assertThat(DeadlineClock.passed(DEADLINE, DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void theTiersAreReachedOnTheFirstSeventhAndFifteenthDayPastTheDeadline() {
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE, TIERS)).isZero();
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE.plusDays(1), TIERS))
                .isEqualTo(1);
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE.plusDays(6), TIERS))
                .isEqualTo(1);
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE.plusDays(7), TIERS))
                .isEqualTo(2);
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE.plusDays(15), TIERS))
                .isEqualTo(3);
        assertThat(DeadlineClock.reachedTier(DEADLINE, DEADLINE.plusDays(400), TIERS))
                .isEqualTo(3);
    }

    @Test
    void anExtensionMayBeAskedUpToTheDeadlineDayAndNotAfter() {
        assertThat(DeadlineClock.extensionRefusal(DEADLINE, DEADLINE)).isEmpty();
        assertThat(DeadlineClock.extensionRefusal(DEADLINE, DEADLINE.plusDays(1)))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.loop.extensionAfterDeadline"));
    }

    @Test
    void anOverdueItemIsRedEvenWhenItIsAlsoBehindItsPlan() {
        assertThat(SupervisionColour.of(true, DEADLINE, true, DEADLINE.plusDays(1), Period.ofDays(7)))
                .isEqualTo(SupervisionColour.RED);
    }

    @Test
    void anItemBehindItsPlanIsYellowBeforeItsDeadline() {
        assertThat(SupervisionColour.of(true, DEADLINE, true, DEADLINE.minusDays(20), Period.ofDays(7)))
                .isEqualTo(SupervisionColour.YELLOW);
    }

    @Test
    void anItemOnPlanTurnsBlueSevenDaysBeforeItsDeadline() {
        assertThat(SupervisionColour.of(true, DEADLINE, false, DEADLINE.minusDays(8), Period.ofDays(7)))
                .isNull();
        assertThat(SupervisionColour.of(true, DEADLINE, false, DEADLINE.minusDays(7), Period.ofDays(7)))
                .isEqualTo(SupervisionColour.BLUE);
    }

    @Test
    void anItemNoLongerOwedByItsPartyHasNoColourEvenPastItsDeadline() {
        assertThat(SupervisionColour.of(false, DEADLINE, true, DEADLINE.plusDays(30), Period.ofDays(7)))
                .isNull();
    }
}
