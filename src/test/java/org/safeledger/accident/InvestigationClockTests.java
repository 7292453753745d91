package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationClockTests {

    private static final LocalDate ACCIDENT = LocalDate.of(2026, 2, 22);

    private static Investigation.Appraisal appraisal(String from, String to) {
        return new Investigation.Appraisal(1, LocalDate.parse(from), LocalDate.parse(to), "");
    }

    @Test
    void theReportIsDueSixtyDaysAfterTheAccidentsDay() {
        assertThat(InvestigationClock.base(ACCIDENT)).isEqualTo(LocalDate.of(2026, 4, 23));
    }

    @Test
    void anApprovedExtensionAndTheAppraisalsDaysPutTheDueDateLater() {
        var base = InvestigationClock.base(ACCIDENT);
        assertThat(InvestigationClock.due(base, 30, 10)).isEqualTo(base.plusDays(40));
    }

    @Test
    void overlappingAppraisalsCountEachDayOnce() {
        assertThat(InvestigationClock.daysCovered(
                        List.of(appraisal("2026-03-01", "2026-03-10"), appraisal("2026-03-05", "2026-03-12"))))
                .isEqualTo(12);
        assertThat(InvestigationClock.daysCovered(
                        List.of(appraisal("2026-03-20", "2026-03-21"), appraisal("2026-03-01", "2026-03-02"))))
                .isEqualTo(4);
    }

    @Test
    void aReportSubmittedAfterTheDueDateIsLateAndOneNotYetSubmittedIsOverdueTheDayAfter() {
        var due = LocalDate.of(2026, 4, 23);
        assertThat(InvestigationClock.state(due, due, due)).isEqualTo(Investigation.State.REPORTED);
        assertThat(InvestigationClock.state(due.plusDays(1), due, due.plusDays(1)))
                .isEqualTo(Investigation.State.REPORTED_LATE);
        assertThat(InvestigationClock.state(null, due, due)).isEqualTo(Investigation.State.DUE_SOON);
        assertThat(InvestigationClock.state(null, due, due.plusDays(1))).isEqualTo(Investigation.State.OVERDUE);
    }

    @Test
    void anInvestigationIsDueSoonFromSevenDaysBeforeItsDueDate() {
        var due = LocalDate.of(2026, 4, 23);
        assertThat(InvestigationClock.state(null, due, due.minusDays(8))).isEqualTo(Investigation.State.OPEN);
        assertThat(InvestigationClock.state(null, due, due.minusDays(7))).isEqualTo(Investigation.State.DUE_SOON);
    }
}
