package org.safeledger.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.safeledger.org.DepartmentKind;
import org.safeledger.rectification.ItemProgress;
import org.safeledger.rectification.Party;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RandomDraw;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.loop.SupervisionColour;

/** The rules of a tour's "second half" (responsibility-and-supervision.md §5), without Spring or a database. */
class TourRulesTests {

    private static final LocalDate STARTS = LocalDate.of(2026, 9, 1);
    private static final TourProperties CLOCKS = new TourProperties(Period.ofMonths(2), Period.ofYears(1), 50);
    private static final Party BANNER =
            new Party(ResponsibleKind.GOVERNMENT, null, "152921", new RegionCode("152921"), "阿拉善左旗人民政府");
    private static final Party MINE =
            new Party(ResponsibleKind.ENTERPRISE, 30L, null, new RegionCode("152921"), "宏岩露天煤矿");

    @Test
    void partyInspectionsAndSupervisionToursAreRunByLeadersAndASafetyTourByTheSafetyOfficeOrTheLeaders() {
        assertThat(TourKind.PARTY_INSPECTION.refusal(true, null)).isEmpty();
        assertThat(TourKind.PARTY_INSPECTION.refusal(false, DepartmentKind.EMERGENCY_MANAGEMENT))
                .isPresent();
        assertThat(TourKind.SUPERVISION.refusal(false, DepartmentKind.EMERGENCY_MANAGEMENT))
                .isPresent();
        assertThat(TourKind.SAFETY_TOUR.refusal(false, DepartmentKind.EMERGENCY_MANAGEMENT))
                .isEmpty();
        assertThat(TourKind.SAFETY_TOUR.refusal(true, null)).isEmpty();
        assertThat(TourKind.SAFETY_TOUR.refusal(false, DepartmentKind.TRANSPORT))
                .isPresent();
        assertThat(TourKind.PARTY_INSPECTION.byPartyCommittee()).isTrue();
        assertThat(TourKind.SAFETY_TOUR.byPartyCommittee()).isFalse();
    }

    @Test
    void findingsAreRecordedOnlyDuringTheTourAndTheFeedbackStartsTheRectification() {
        assertThat(TourStatus.TOURING.allows(TourAction.RECORD_FINDING)).isTrue();
        assertThat(TourStatus.TOURING.allows(TourAction.PRINCIPAL_REPORT)).isFalse();
        assertThat(TourStatus.TOURING.after(TourAction.FEEDBACK)).isEqualTo(TourStatus.RECTIFYING);
        assertThat(TourStatus.RECTIFYING.allows(TourAction.RECORD_FINDING)).isFalse();
        assertThat(TourStatus.RECTIFYING.allows(TourAction.FEEDBACK)).isFalse();
        assertThat(TourStatus.RECTIFYING.after(TourAction.CONCLUDE)).isEqualTo(TourStatus.CONCLUDED);
    }

    @Test
    void aConcludedTourMayStillBeSampledAndItsSummaryRevisedButNothingElse() {
        assertThat(TourStatus.CONCLUDED.allows(TourAction.DRAW_SAMPLE)).isTrue();
        assertThat(TourStatus.CONCLUDED.allows(TourAction.PUBLISH)).isTrue();
        assertThat(TourStatus.CONCLUDED.allows(TourAction.PRINCIPAL_REPORT)).isFalse();
        assertThatThrownBy(() -> TourStatus.CONCLUDED.after(TourAction.CONCLUDE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFeedbackDueDatesArePlanInFifteenDaysAndReportsInTwoMonthsFromTheDayItWasDelivered() {
        var tour = tour(TourStatus.TOURING, List.of(target(BANNER, false)), List.of(finding()));
        tour.feedback(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 25), Period.ofDays(15), CLOCKS);
        assertThat(tour.status()).isEqualTo(TourStatus.RECTIFYING);
        assertThat(tour.planDue()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(tour.reportDue()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aFeedbackCannotPrecedeTheTourNorLieInTheFutureNorBeforeTheLookBack() {
        var today = LocalDate.of(2026, 9, 25);
        for (var day : List.of(STARTS.minusDays(1), today.plusDays(1))) {
            var tour = tour(TourStatus.TOURING, List.of(target(BANNER, false)), List.of(finding()));
            assertThatThrownBy(() -> tour.feedback(day, today, Period.ofDays(15), CLOCKS))
                    .isInstanceOf(InvalidInputException.class);
        }
        var old = tour(TourStatus.TOURING, List.of(target(BANNER, false)), List.of(finding()));
        assertThatThrownBy(() -> old.feedback(STARTS, STARTS.plusYears(2), Period.ofDays(15), CLOCKS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTourWithoutFindingsHasNoFeedbackToDeliverAndATargetTakesNoStepOfTheBody() {
        var empty = tour(TourStatus.TOURING, List.of(), List.of());
        assertThat(empty.refusal(TourAction.FEEDBACK, TourStanding.BODY, List.of()))
                .containsInstanceOf(ConflictException.class);
        var full = tour(TourStatus.TOURING, List.of(target(BANNER, false)), List.of(finding()));
        assertThat(full.refusal(TourAction.FEEDBACK, TourStanding.BODY, List.of()))
                .isEmpty();
        assertThat(full.refusal(TourAction.FEEDBACK, TourStanding.TARGET, List.of()))
                .containsInstanceOf(ForbiddenException.class);
        assertThat(full.refusal(TourAction.RECORD_FINDING, TourStanding.SUPERVISOR, List.of()))
                .containsInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyClosedItemsCanBeSampledAndTheTourConcludesWhenAllAreClosedAndEveryPrincipalHasReported() {
        var open = List.of(item(1, BANNER, RectificationStatus.RECTIFYING, 0, null));
        var closed = List.of(item(1, BANNER, RectificationStatus.CLOSED, 0, null));
        var unreported = tour(TourStatus.RECTIFYING, List.of(target(BANNER, false)), List.of(finding()));
        assertThat(unreported.refusal(TourAction.DRAW_SAMPLE, TourStanding.BODY, open))
                .isPresent();
        assertThat(unreported.refusal(TourAction.DRAW_SAMPLE, TourStanding.BODY, closed))
                .isEmpty();
        assertThat(unreported.refusal(TourAction.CONCLUDE, TourStanding.BODY, closed))
                .isPresent();
        var reported = tour(TourStatus.RECTIFYING, List.of(target(BANNER, true)), List.of(finding()));
        assertThat(reported.refusal(TourAction.CONCLUDE, TourStanding.BODY, open))
                .isPresent();
        assertThat(reported.refusal(TourAction.CONCLUDE, TourStanding.BODY, closed))
                .isEmpty();
        assertThat(reported.reportRefusal(reported.targets().get(0))).isPresent();
        assertThat(reported.refusal(TourAction.PRINCIPAL_REPORT, TourStanding.TARGET, open))
                .isEmpty();
    }

    @Test
    void theReopenRateIsTheItemsReopenedOverTheItemsEverClosedAndNoneBeforeAnythingIsClosed() {
        assertThat(TourTally.of(List.of(item(1, MINE, RectificationStatus.RECTIFYING, 0, null)))
                        .reopenRate())
                .isNull();
        var tally = TourTally.of(List.of(
                item(1, MINE, RectificationStatus.CLOSED, 0, null),
                item(2, MINE, RectificationStatus.RECTIFYING, 1, null),
                item(3, MINE, RectificationStatus.CLOSED, 0, null),
                item(4, MINE, RectificationStatus.ASSIGNED, 0, SupervisionColour.RED)));
        assertThat(tally.everClosed()).isEqualTo(3);
        assertThat(tally.reopened()).isEqualTo(1);
        assertThat(tally.reopenPercent()).isEqualTo(33L);
        assertThat(tally.closed()).isEqualTo(2);
        assertThat(tally.worst()).isEqualTo(SupervisionColour.RED);
        assertThat(tally.overdue()).isEqualTo(1);
    }

    @Test
    void aSampleDrawnAgainFromItsSeedAndPoolGivesTheSameItems() {
        var pool = List.of(11L, 12L, 13L, 14L, 15L);
        var drawn = RandomDraw.sample(42, pool, 2);
        var sample = new TourSample(1, 42, pool, 2, drawn, "苏和", Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(sample.redrawn()).isEqualTo(drawn).hasSize(2);
        assertThat(new TourSample(1, 43, pool, 2, drawn, "苏和", Instant.EPOCH).redrawn())
                .as("another seed draws another sample (for this pool)")
                .isNotEqualTo(drawn);
    }

    private static Tour tour(TourStatus status, List<TourTarget> targets, List<TourFinding> findings) {
        var body = new Party(ResponsibleKind.DEPARTMENT, 10L, null, new RegionCode("152900"), "阿拉善盟应急管理局");
        var record = new TourRecord(
                1,
                TourKind.SAFETY_TOUR,
                "盟安委会安全生产巡查",
                body,
                "152921",
                "阿拉善左旗",
                STARTS,
                STARTS.plusDays(14),
                "组长",
                List.of(),
                null,
                99,
                0,
                Instant.parse("2026-09-01T00:00:00Z"));
        return new Tour(
                record, new Tour.TourState(status, null, null, null, null, null, 0), targets, findings, List.of());
    }

    private static TourTarget target(Party party, boolean reported) {
        return new TourTarget(
                7, party, reported ? "报告" : null, List.of(), reported ? Instant.EPOCH : null, reported ? "旗长" : null);
    }

    private static TourFinding finding() {
        return new TourFinding(1, 7, "问题", "描述", List.of(), null, null, "苏和", Instant.EPOCH);
    }

    private static ItemProgress item(
            long id, Party party, RectificationStatus status, int reopenings, @Nullable SupervisionColour colour) {
        var deadline = LocalDate.of(2026, 11, 20);
        return new ItemProgress(
                id,
                "问题",
                party,
                status,
                STARTS,
                deadline,
                status != RectificationStatus.ASSIGNED,
                colour == SupervisionColour.RED,
                colour,
                0,
                reopenings,
                0);
    }
}
