package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The median days to close, from the closed rollup's counts by whole days. */
class DaysToCloseTests {

    private static TreeMap<Integer, Long> counts(long... daysAndCounts) {
        var map = new TreeMap<Integer, Long>();
        for (int i = 0; i < daysAndCounts.length; i += 2) {
            map.put((int) daysAndCounts[i], daysAndCounts[i + 1]);
        }
        return map;
    }

    @Test
    void noClosureHasNoMedian() {
        assertThat(DaysToClose.median(counts())).isNull();
    }

    @Test
    void anOddNumberOfClosuresHasTheMiddleOne() {
        assertThat(DaysToClose.median(counts(1, 1, 5, 1, 30, 1))).isEqualTo(5.0);
        assertThat(DaysToClose.median(counts(2, 3))).isEqualTo(2.0);
    }

    @Test
    void anEvenNumberOfClosuresHasTheMeanOfTheTwoMiddleOnes() {
        assertThat(DaysToClose.median(counts(1, 1, 4, 1))).isEqualTo(2.5);
        assertThat(DaysToClose.median(counts(0, 2, 10, 2))).isEqualTo(5.0);
        assertThat(DaysToClose.median(counts(3, 2, 7, 1, 9, 1))).isEqualTo(5.0);
    }

    @Test
    void theMonthOrWeekOfADayIsItsFirstDayOrItsMonday() {
        assertThat(HazardStatistics.periodOf(java.time.LocalDate.of(2026, 12, 8), false))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(HazardStatistics.periodOf(java.time.LocalDate.of(2026, 12, 8), true))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 7));
    }
}
