package org.safeledger.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeledger.rectification.Items.ASSIGNED_ON;
import static org.safeledger.rectification.Items.DEADLINE;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.loop.SupervisionColour;

class RectificationLoopTests {

    private static final Instant AT = Instant.parse("2026-06-10T02:00:00Z");
    private static final RectificationProperties CLOCKS = new RectificationProperties(
            Period.ofDays(15), Period.ofDays(30), Period.ofDays(7), List.of(1, 7, 15), 5, "-");

    @Test
    void theTransitionTableLeadsFromAssignedThroughRectifyingAndSubmittedToClosed() {
        var s = RectificationStatus.ASSIGNED;
        assertThat(s.after(RectificationAction.PLAN)).contains(RectificationStatus.RECTIFYING);
        assertThat(RectificationStatus.RECTIFYING.after(RectificationAction.PROGRESS))
                .contains(RectificationStatus.RECTIFYING);
        assertThat(RectificationStatus.RECTIFYING.after(RectificationAction.SUBMIT))
                .contains(RectificationStatus.SUBMITTED);
        assertThat(RectificationStatus.SUBMITTED.after(RectificationAction.ACCEPT))
                .contains(RectificationStatus.CLOSED);
        assertThat(RectificationStatus.SUBMITTED.after(RectificationAction.REJECT))
                .contains(RectificationStatus.RECTIFYING);
    }

    @Test
    void nothingCanBeReportedBeforeThereIsAPlanAndOnceClosedOnlyAReopeningRemains() {
        assertThat(RectificationStatus.ASSIGNED.allows(RectificationAction.PROGRESS))
                .isFalse();
        assertThat(RectificationStatus.ASSIGNED.allows(RectificationAction.SUBMIT))
                .isFalse();
        for (var action : RectificationAction.values()) {
            assertThat(RectificationStatus.CLOSED.allows(action))
                    .as(action.name())
                    .isEqualTo(action == RectificationAction.REOPEN);
        }
    }

    @Test
    void aClosedItemAReInspectionFoundNotRectifiedIsReopenedToANewDeadlineAndCountsTheReopening() {
        var item = Items.toBannerGovernment(RectificationStatus.CLOSED);
        var later = DEADLINE.plusDays(40);
        item.reopen("复查发现边坡监测未运行", later.plusDays(30), later, Items.inspector("152900", Items.LEAGUE_BUREAU), AT);

        assertThat(item.status()).isEqualTo(RectificationStatus.RECTIFYING);
        assertThat(item.deadline()).isEqualTo(later.plusDays(30));
        assertThat(item.reopenings()).isEqualTo(1);
        assertThat(item.closedAt()).isNull();
        assertThat(item.escalationTier()).isZero();
        assertThat(item.overdueOn(later)).isFalse();
        assertThat(item.pendingEvents())
                .last()
                .satisfies(e -> assertThat(e.type()).isEqualTo(RectificationEvent.Type.REOPENED));
    }

    @Test
    void onlyTheAssigningBodyReopensAndOnlyAClosedItem() {
        assertThat(RectificationAction.REOPEN.takenBy()).isEqualTo(Standing.ASSIGNER);
        var open = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        assertThat(open.refusal(RectificationAction.REOPEN, DEADLINE)).isPresent();
    }

    @Test
    void anOverdueItemIsEscalatedOncePerTierAndNeverTwice() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);

        assertThat(item.escalate(3, DEADLINE.plusDays(15), AT)).containsExactly(1, 2, 3);
        assertThat(item.escalate(3, DEADLINE.plusDays(16), AT)).isEmpty();
        assertThat(item.pendingEvents())
                .extracting(RectificationEvent::type)
                .containsExactly(
                        RectificationEvent.Type.OVERDUE,
                        RectificationEvent.Type.ESCALATED,
                        RectificationEvent.Type.ESCALATED);
    }

    @Test
    void aSubmittedItemWaitsForItsAcceptanceAndIsNeitherOverdueNorEscalated() {
        var item = Items.toBannerGovernment(RectificationStatus.SUBMITTED);

        assertThat(item.overdueOn(DEADLINE.plusDays(20))).isFalse();
        assertThat(item.escalate(3, DEADLINE.plusDays(20), AT)).isEmpty();
        assertThat(item.supervisionOn(DEADLINE.plusDays(20), CLOCKS)).isNull();
    }

    @Test
    void anItemWithoutAPlanFifteenDaysAfterItsAssignmentIsYellow() {
        var item = Items.toBannerGovernment(RectificationStatus.ASSIGNED);

        assertThat(item.supervisionOn(ASSIGNED_ON.plusDays(15), CLOCKS)).isNull();
        assertThat(item.supervisionOn(ASSIGNED_ON.plusDays(16), CLOCKS)).isEqualTo(SupervisionColour.YELLOW);
    }

    @Test
    void evidenceSentBackMakesTheItemYellowUntilItIsSubmittedAgain() {
        var item = Items.toBannerGovernment(RectificationStatus.SUBMITTED);
        item.reject("证据不足", ASSIGNED_ON.plusDays(5), Items.inspector("152900", Items.LEAGUE_BUREAU), AT);

        assertThat(item.rejections()).isEqualTo(1);
        assertThat(item.supervisionOn(ASSIGNED_ON.plusDays(5), CLOCKS)).isEqualTo(SupervisionColour.YELLOW);
    }

    @Test
    void anItemPastItsDeadlineIsRed() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);

        assertThat(item.supervisionOn(DEADLINE.plusDays(1), CLOCKS)).isEqualTo(SupervisionColour.RED);
    }

    @Test
    void theResponsiblePartyMayNotAcceptItsOwnEvidence() {
        var item = Items.toBannerGovernment(RectificationStatus.SUBMITTED);

        assertThat(RectificationPolicy.available(item, Standing.RESPONSIBLE, ASSIGNED_ON))
                .isEmpty();
        assertThat(RectificationPolicy.available(item, Standing.ASSIGNER, ASSIGNED_ON))
                .containsExactly(RectificationAction.ACCEPT, RectificationAction.REJECT);
        assertThat(RectificationPolicy.available(item, Standing.SUPERVISOR, ASSIGNED_ON))
                .isEmpty();
    }

    @Test
    void extendingIsNoLongerOfferedOnceTheDeadlineHasPassed() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);

        assertThat(RectificationPolicy.available(item, Standing.RESPONSIBLE, DEADLINE))
                .contains(RectificationAction.EXTEND);
        assertThat(RectificationPolicy.available(item, Standing.RESPONSIBLE, DEADLINE.plusDays(1)))
                .containsExactly(RectificationAction.PLAN, RectificationAction.PROGRESS, RectificationAction.SUBMIT);
    }
}
