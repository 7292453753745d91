package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DispatchClockTests {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 3, 20);
    private static final Period WEEK = Period.ofDays(7);

    @Test
    void aWeeklyDispatchIsDueOnTheLastDayOfEachWeekFromTheCampaignsFirstDay() {
        var windows = DispatchClock.begun(FIRST, LAST, WEEK, LocalDate.of(2027, 3, 9));
        assertThat(windows)
                .containsExactly(
                        new DispatchClock.Window(FIRST, LocalDate.of(2027, 3, 7)),
                        new DispatchClock.Window(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 14)));
    }

    @Test
    void theLastPeriodEndsWithTheCampaign() {
        var windows = DispatchClock.begun(FIRST, LAST, WEEK, LocalDate.of(2027, 4, 30));
        assertThat(windows).hasSize(3);
        assertThat(windows.get(2)).isEqualTo(new DispatchClock.Window(LocalDate.of(2027, 3, 15), LAST));
    }

    @Test
    void beforeTheCampaignBeginsNoReportIsOwed() {
        assertThat(DispatchClock.begun(FIRST, LAST, WEEK, FIRST.minusDays(1))).isEmpty();
        assertThat(DispatchClock.current(FIRST, LAST, WEEK, FIRST.minusDays(1))).isNull();
        assertThat(DispatchClock.current(FIRST, LAST, WEEK, LAST.plusDays(1))).isNull();
    }

    @Test
    void aReportFiledOnItsDueDayIsOnTimeTheDayAfterItIsLate() {
        var week = new DispatchClock.Window(FIRST, LocalDate.of(2027, 3, 7));
        assertThat(DispatchClock.late(week, LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 9)))
                .isFalse();
        assertThat(DispatchClock.late(week, LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9)))
                .isTrue();
    }

    @Test
    void aReportNotFiledIsLateOnlyOnceItsDueDayHasPassed() {
        var week = new DispatchClock.Window(FIRST, LocalDate.of(2027, 3, 7));
        assertThat(DispatchClock.late(week, null, LocalDate.of(2027, 3, 7))).isFalse();
        assertThat(DispatchClock.late(week, null, LocalDate.of(2027, 3, 8))).isTrue();
    }

    @Test
    void monthlyPeriodsCountFromTheFirstDayAndDoNotDriftAfterAShortMonth() {
        var windows = DispatchClock.begun(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 6, 30), Period.ofMonths(1), LocalDate.of(2027, 4, 1));
        assertThat(windows.stream().map(DispatchClock.Window::from))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        assertThat(windows.get(1).due()).isEqualTo(LocalDate.of(2027, 3, 30));
    }
}
