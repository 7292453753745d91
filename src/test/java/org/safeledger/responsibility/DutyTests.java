package org.safeledger.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.org.RegionLevel;

/** 照单履职: a duty's calendar windows, and a window performed, missed or still open. */
class DutyTests {

    private static final Duty QUARTERLY = new Duty(
            "COUNTY_STANDING_COMMITTEE",
            RegionLevel.COUNTY,
            MatrixRole.PARTY_SECRETARY,
            Period.ofMonths(3),
            DutyEvidenceKind.MEETING,
            "PARTY_STANDING_COMMITTEE",
            "广东",
            "清单");

    private static DutyRecord on(LocalDate day) {
        return new DutyRecord(
                1, "152921", QUARTERLY.code(), null, day, "常委会", List.of(), "MEETING", 9L, "x", Instant.EPOCH);
    }

    @Test
    void atLeastOnceAQuarterMeansInEachCalendarQuarter() {
        assertThat(QUARTERLY.windowOf(LocalDate.of(2026, 5, 17)))
                .isEqualTo(new Duty.Window(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(QUARTERLY.windows(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 4)))
                .extracting(Duty.Window::from)
                .containsExactly(
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 10, 1));
    }

    @Test
    void aHalfYearlyDutyHasTwoWindowsAYearAndAYearlyOneOne() {
        var halfYearly = new Duty(
                "HEAD_INSPECTS",
                null,
                MatrixRole.GOVERNMENT_HEAD,
                Period.ofMonths(6),
                DutyEvidenceKind.LED_INSPECTION,
                null,
                "四川",
                "s");
        assertThat(halfYearly.windowOf(LocalDate.of(2026, 7, 1)).to()).isEqualTo(LocalDate.of(2026, 12, 31));
        var yearly = new Duty(
                "HEAD_SIGNS_PLEDGES",
                RegionLevel.COUNTY,
                MatrixRole.GOVERNMENT_HEAD,
                Period.ofYears(1),
                DutyEvidenceKind.SIGNED_PLEDGE,
                null,
                "云南",
                "s");
        assertThat(yearly.windowOf(LocalDate.of(2026, 7, 1)))
                .isEqualTo(new Duty.Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aQuarterWithoutARecordIsMissedOnceItHasEndedAndOpenUntilThen() {
        var asOf = LocalDate.of(2026, 12, 4);
        var lines = DutyLine.windows(QUARTERLY, LocalDate.of(2026, 4, 1), asOf, List.of(on(LocalDate.of(2026, 8, 20))));

        assertThat(lines)
                .extracting(DutyLine.WindowLine::status)
                .containsExactly(DutyLine.Status.MISSED, DutyLine.Status.PERFORMED, DutyLine.Status.OPEN);
    }

    @Test
    void aRecordOfALaterDayDoesNotPerformAnEarlierAsOf() {
        var lines = DutyLine.windows(
                QUARTERLY,
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 10),
                List.of(on(LocalDate.of(2026, 11, 2))));

        assertThat(lines).extracting(DutyLine.WindowLine::status).containsExactly(DutyLine.Status.OPEN);
    }

    @Test
    void aFrequencyThatDoesNotDivideTheYearOrAMeetingDutyWithoutItsKindIsRefused() {
        assertThatThrownBy(() -> new Duty(
                        "X",
                        null,
                        MatrixRole.SAFETY_LEADER,
                        Period.ofMonths(5),
                        DutyEvidenceKind.LED_INSPECTION,
                        null,
                        "p",
                        "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Duty(
                        "X",
                        null,
                        MatrixRole.SAFETY_LEADER,
                        Period.ofMonths(3),
                        DutyEvidenceKind.MEETING,
                        null,
                        "p",
                        "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDutyOfAProvincesOwnListIsOnTheListOfItsRegionsOnlyAndADefaultOneOnEveryRegionsOfItsLevel() {
        var guangdong = new Duty(
                "GD_COUNTY_STANDING_COMMITTEE",
                RegionLevel.COUNTY,
                MatrixRole.PARTY_SECRETARY,
                Period.ofMonths(3),
                DutyEvidenceKind.MEETING,
                "PARTY_STANDING_COMMITTEE",
                "广东",
                "清单",
                List.of("44"));
        var xuwen = new org.safeledger.org.Region("440825", "徐闻县", RegionLevel.COUNTY, "440800");
        var banner = new org.safeledger.org.Region("152921", "阿拉善左旗", RegionLevel.COUNTY, "152900");
        var league = new org.safeledger.org.Region("152900", "阿拉善盟", RegionLevel.CITY, "150000");

        assertThat(guangdong.appliesTo(xuwen)).isTrue();
        assertThat(guangdong.appliesTo(banner)).isFalse();
        assertThat(QUARTERLY.appliesTo(banner)).isTrue();
        assertThat(QUARTERLY.appliesTo(league)).as("a county duty").isFalse();
    }
}
