package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.enforcement.PenaltiesIssued.PenaltyIssued;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.MajorFindings.MajorFound;
import org.safeledger.inspection.CompletedRuns.CompletedRun;

class IdlingRulesTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String BANNER = "152921";
    private static final String LEAGUE = "152900";
    private static final SignalProperties RULE =
            new SignalProperties(Period.ofMonths(6), Period.ofYears(1), 3, 3, Period.ofDays(3));
    private static final Instant FOUND = at(2026, 11, 20);

    @Test
    void aMajorHazardFoundByTheLeagueWhereTheBannerInspectedAMonthBeforeAndFoundNothingIsMissedByInspection() {
        var signals = IdlingRules.missedByInspection(
                List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)),
                List.of(enforcement(1, 7L, BANNER, at(2026, 10, 20), 0)),
                List.of(),
                RULE,
                ZONE);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("MISSED_BY_INSPECTION");
            assertThat(s.subject().kind()).isEqualTo("DEPARTMENT");
            assertThat(s.subject().id()).isEqualTo(7L);
            assertThat(s.since()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(s.facts().get(1)).containsEntry("fact", "INSPECTED_FOUND_NOTHING");
            assertThat(s.facts().get(1)).containsEntry("inspectedOn", LocalDate.of(2026, 10, 20));
        });
    }

    @Test
    void aLocalInspectionThatFoundSomethingAndWasFollowedByAPenaltyIsNotMissed() {
        var run = enforcement(1, 7L, BANNER, at(2026, 10, 20), 2);
        var penalty = new PenaltyIssued(9, 42, 7, 1L, at(2026, 10, 30));

        assertThat(IdlingRules.missedByInspection(
                        List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)),
                        List.of(run),
                        List.of(penalty),
                        RULE,
                        ZONE))
                .isEmpty();
        assertThat(IdlingRules.missedByInspection(
                        List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)),
                        List.of(run),
                        List.of(),
                        RULE,
                        ZONE))
                .singleElement()
                .satisfies(s -> assertThat(s.facts().get(1)).containsEntry("fact", "INSPECTED_NOT_PENALISED"));
    }

    @Test
    void aMajorHazardTheBannerFoundItselfOrAnInspectionBeforeTheWindowGivesNoLookBack() {
        assertThat(IdlingRules.missedByInspection(
                        List.of(major(BANNER, HazardSource.ENFORCEMENT_INSPECTION)),
                        List.of(enforcement(1, 7L, BANNER, at(2026, 10, 20), 0)),
                        List.of(),
                        RULE,
                        ZONE))
                .isEmpty();
        assertThat(IdlingRules.missedByInspection(
                        List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)),
                        List.of(enforcement(1, 7L, BANNER, at(2026, 5, 19), 0)),
                        List.of(),
                        RULE,
                        ZONE))
                .isEmpty();
    }

    @Test
    void aMajorHazardRevealedByAnAccidentLooksBackWhoeverRecordedIt() {
        assertThat(IdlingRules.missedByInspection(
                        List.of(major(BANNER, HazardSource.ACCIDENT_INVESTIGATION)),
                        List.of(enforcement(1, 7L, BANNER, at(2026, 9, 1), 0)),
                        List.of(),
                        RULE,
                        ZONE))
                .hasSize(1);
    }

    @Test
    void aDepartmentWhoseInspectionsReachTheThresholdWithNoFindingAndNoPenaltySignalsTheLoosePattern() {
        var runs = new ArrayList<CompletedRun>();
        for (int i = 1; i <= 3; i++) {
            runs.add(enforcement(i, 7L, BANNER, at(2026, 9, i), 0));
        }
        var from = at(2026, 1, 1);

        assertThat(IdlingRules.inspectionsWithoutFindings(runs, List.of(), from, RULE, ZONE))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo("INSPECTIONS_WITHOUT_FINDINGS");
                    assertThat(s.since()).isEqualTo(LocalDate.of(2026, 9, 3));
                });
        assertThat(IdlingRules.inspectionsWithoutFindings(runs.subList(0, 2), List.of(), from, RULE, ZONE))
                .as("below the threshold")
                .isEmpty();
        assertThat(IdlingRules.inspectionsWithoutFindings(
                        runs, List.of(new PenaltyIssued(9, 42, 7, null, at(2026, 9, 10))), from, RULE, ZONE))
                .as("a penalty of the department")
                .isEmpty();
    }

    @Test
    void selfInspectionsAllClearBeforeInspectorsFoundAMajorHazardSignalGoingThroughTheMotions() {
        var own = List.of(self(1, at(2026, 11, 1), 0), self(2, at(2026, 11, 8), 0), self(3, at(2026, 11, 15), 0));

        assertThat(IdlingRules.selfInspectionAllClearContradicted(
                        List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)), own, RULE, ZONE))
                .singleElement()
                .satisfies(s -> assertThat(s.subject().kind()).isEqualTo("ENTERPRISE"));
        assertThat(IdlingRules.selfInspectionAllClearContradicted(
                        List.of(major(LEAGUE, HazardSource.SELF_INSPECTION)), own, RULE, ZONE))
                .as("the enterprise found it itself")
                .isEmpty();
        assertThat(IdlingRules.selfInspectionAllClearContradicted(
                        List.of(major(LEAGUE, HazardSource.ENFORCEMENT_INSPECTION)),
                        List.of(own.get(0), own.get(1), self(3, at(2026, 11, 15), 1)),
                        RULE,
                        ZONE))
                .as("one self-inspection found something")
                .isEmpty();
    }

    @Test
    void aListedHazardPastItsDeadlineOnWhichTheListingDepartmentTookNoStepSinceIsUnsupervised() {
        var deadline = LocalDate.of(2026, 11, 1);
        var before = at(2026, 10, 20);
        var after = at(2026, 11, 5);

        assertThat(IdlingRules.listedOverdueUnsupervised(List.of(listed(deadline, before)), ZONE))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo("LISTED_OVERDUE_UNSUPERVISED");
                    assertThat(s.subject().id()).isEqualTo(7L);
                    assertThat(s.since()).isEqualTo(LocalDate.of(2026, 11, 2));
                });
        assertThat(IdlingRules.listedOverdueUnsupervised(List.of(listed(deadline, null)), ZONE))
                .hasSize(1);
        assertThat(IdlingRules.listedOverdueUnsupervised(List.of(listed(deadline, after)), ZONE))
                .as("the department urged after the deadline")
                .isEmpty();
    }

    @Test
    void anEscalationNotOpenedWithinItsWindowIsIgnoredAndOneOpenedInTimeIsNot() {
        var delivered = at(2026, 11, 1);
        var knownBy = at(2026, 11, 20);

        assertThat(IdlingRules.escalationIgnored(List.of(receipt(delivered, null)), knownBy, RULE, ZONE))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.kind()).isEqualTo("ESCALATION_IGNORED");
                    assertThat(s.subject().kind()).isEqualTo("PERSON");
                    assertThat(s.since()).isEqualTo(LocalDate.of(2026, 11, 4));
                });
        assertThat(IdlingRules.escalationIgnored(List.of(receipt(delivered, at(2026, 11, 2))), knownBy, RULE, ZONE))
                .isEmpty();
        assertThat(IdlingRules.escalationIgnored(List.of(receipt(delivered, at(2026, 11, 10))), knownBy, RULE, ZONE))
                .as("opened, but after its window")
                .hasSize(1);
        assertThat(IdlingRules.escalationIgnored(List.of(receipt(delivered, null)), at(2026, 11, 2), RULE, ZONE))
                .as("its window had not ended on the day asked")
                .isEmpty();
    }

    private static org.safeledger.hazard.ListedOverdue.ListedFact listed(LocalDate deadline, Instant lastStep) {
        return new org.safeledger.hazard.ListedOverdue.ListedFact(
                100, "北帮边坡变形", 42, "宏岩露天煤矿", BANNER, "COUNTY", 7, "应急管理局", BANNER, deadline, lastStep, true);
    }

    private static org.safeledger.notification.EscalationReceipts.Receipt receipt(Instant delivered, Instant opened) {
        return new org.safeledger.notification.EscalationReceipts.Receipt(
                1, 9, "王建国", BANNER, "HAZARD_ESCALATED", "hazard:100", "/hazards/100", delivered, opened);
    }

    private static MajorFound major(String finderRegion, HazardSource source) {
        return new MajorFound(
                100, "北帮边坡变形", 42, "宏岩露天煤矿", BANNER, "COAL_MINE", source, FOUND, FOUND, finderRegion, "苏和", true);
    }

    private static CompletedRun enforcement(long id, Long department, String departmentRegion, Instant on, long found) {
        return new CompletedRun(id, true, 42, "宏岩露天煤矿", BANNER, department, "应急管理局", departmentRegion, on, on, found);
    }

    private static CompletedRun self(long id, Instant on, long found) {
        return new CompletedRun(id, false, 42, "宏岩露天煤矿", BANNER, null, null, null, on, on, found);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant();
    }
}
