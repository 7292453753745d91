package org.safeledger.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeledger.rectification.Items.DEADLINE;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.loop.WorkingDays;

/** 督办 practice on extensions: asked before the deadline with reason and progress, answered by the assigning body. */
class ExtensionRequestTests {

    private static final Instant AT = Instant.parse("2026-06-10T02:00:00Z");

    private static ExtensionRequest asked(LocalDate on) {
        return new ExtensionRequest(DEADLINE.plusDays(30), "雨季停工", "边坡雷达已安装两处", on, WorkingDays.after(on, 5), "王建国");
    }

    @Test
    void anExtensionAskedOnTheDeadlineDayLeavesTheDeadlineAsItIsUntilTheAssigningBodyGrantsIt() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        item.askExtension(asked(DEADLINE), DEADLINE, Items.leader("152921"), AT);

        assertThat(item.deadline()).isEqualTo(DEADLINE);
        assertThat(item.extensions()).isZero();
        assertThat(item.extensionAsked()).isNotNull();
        assertThat(item.pendingEvents())
                .last()
                .satisfies(e -> assertThat(e.type()).isEqualTo(RectificationEvent.Type.EXTENSION_ASKED));
    }

    @Test
    void aGrantAfterTheOldDeadlineStillMovesItAndStartsTheEscalationOver() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        item.askExtension(asked(DEADLINE), DEADLINE, Items.leader("152921"), AT);
        item.escalate(1, DEADLINE.plusDays(2), AT);
        assertThat(item.escalationTier()).isEqualTo(1);

        item.grantExtension("同意延期", DEADLINE.plusDays(2), Items.inspector("152900", Items.LEAGUE_BUREAU), AT);

        assertThat(item.deadline()).isEqualTo(DEADLINE.plusDays(30));
        assertThat(item.extensions()).isEqualTo(1);
        assertThat(item.escalationTier()).isZero();
        assertThat(item.extensionAsked()).isNull();
        assertThat(item.overdueOn(DEADLINE.plusDays(2))).isFalse();
    }

    @Test
    void aRefusedExtensionLeavesTheDeadlineAndTheItemRunsOverdueAsBefore() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        item.askExtension(asked(DEADLINE.minusDays(3)), DEADLINE.minusDays(3), Items.leader("152921"), AT);

        item.denyExtension("理由不充分", DEADLINE.minusDays(1), Items.inspector("152900", Items.LEAGUE_BUREAU), AT);

        assertThat(item.deadline()).isEqualTo(DEADLINE);
        assertThat(item.extensionAsked()).isNull();
        assertThat(item.overdueOn(DEADLINE.plusDays(1))).isTrue();
        assertThat(item.pendingEvents())
                .last()
                .satisfies(e -> assertThat(e.type()).isEqualTo(RectificationEvent.Type.EXTENSION_DENIED));
    }

    @Test
    void onlyOneExtensionIsAskedAtATime() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        item.askExtension(asked(DEADLINE.minusDays(5)), DEADLINE.minusDays(5), Items.leader("152921"), AT);

        assertThat(item.refusal(RectificationAction.EXTEND, DEADLINE.minusDays(4)))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.rectification.extensionPending"));
    }

    @Test
    void anExtensionAskedTheDayAfterTheDeadlineIsRefusedAndChangesNothing() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);

        assertThatThrownBy(() -> item.askExtension(
                        asked(DEADLINE.plusDays(1)), DEADLINE.plusDays(1), Items.leader("152921"), AT))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.loop.extensionAfterDeadline");
        assertThat(item.extensionAsked()).isNull();
        assertThat(item.pendingEvents()).isEmpty();
    }

    @Test
    void onlyTheAssigningBodyAnswersAndOnlyWhenSomethingWasAsked() {
        assertThat(RectificationAction.GRANT_EXTENSION.takenBy()).isEqualTo(Standing.ASSIGNER);
        assertThat(RectificationAction.DENY_EXTENSION.takenBy()).isEqualTo(Standing.ASSIGNER);
        assertThat(RectificationAction.EXTEND.takenBy()).isEqualTo(Standing.RESPONSIBLE);
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        assertThat(RectificationPolicy.available(item, Standing.ASSIGNER, DEADLINE))
                .doesNotContain(RectificationAction.GRANT_EXTENSION, RectificationAction.DENY_EXTENSION);

        item.askExtension(asked(DEADLINE), DEADLINE, Items.leader("152921"), AT);
        assertThat(RectificationPolicy.available(item, Standing.ASSIGNER, DEADLINE.plusDays(9)))
                .contains(RectificationAction.GRANT_EXTENSION, RectificationAction.DENY_EXTENSION);
        assertThat(RectificationPolicy.available(item, Standing.RESPONSIBLE, DEADLINE))
                .doesNotContain(RectificationAction.GRANT_EXTENSION, RectificationAction.EXTEND);
    }

    @Test
    void theAnswerIsDueFiveWorkingDaysAfterTheAskAndLateTheDayAfter() {
        var friday = LocalDate.of(2026, 12, 4);
        var request = asked(friday);

        assertThat(request.answerBy()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(request.answerLateOn(LocalDate.of(2026, 12, 11))).isFalse();
        assertThat(request.answerLateOn(LocalDate.of(2026, 12, 12))).isTrue();
    }

    @Test
    void anAcceptedItemHasNoExtensionLeftToAnswer() {
        var item = Items.toBannerGovernment(RectificationStatus.RECTIFYING);
        item.askExtension(asked(DEADLINE), DEADLINE, Items.leader("152921"), AT);
        item.submit("完成", java.util.List.of(), DEADLINE, Items.leader("152921"), AT);
        item.accept("验收合格", DEADLINE, Items.inspector("152900", Items.LEAGUE_BUREAU), AT);

        assertThat(item.extensionAsked()).isNull();
        assertThat(RectificationPolicy.available(item, Standing.ASSIGNER, DEADLINE))
                .containsExactly(RectificationAction.REOPEN);
    }
}
