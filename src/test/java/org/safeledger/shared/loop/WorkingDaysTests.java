package org.safeledger.shared.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    @Test
    void aWindowOfOneWorkingDayFromFridayEndsOnMonday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aWindowAskedOnASaturdayStartsCountingOnMonday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 5), 5)).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aWindowWithinTheWeekCountsWeekdaysOnly() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 1), 3)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 1), 0)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
