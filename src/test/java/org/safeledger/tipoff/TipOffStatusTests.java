package org.safeledger.tipoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;

/** The transition table of a tip-off, and the aggregate that asks it. */
class TipOffStatusTests {

    private static final Instant NOW = Instant.parse("2026-12-09T02:00:00Z");
    private static final TipOff.Officer OFFICER = new TipOff.Officer(7, "巴特尔");

    private static TipOff received() {
        return TipOff.received(
                new TipOffReport(1, new RegionCode("152921"), null, "北山沟", "夜间无证挖矿", null, List.of(), NOW));
    }

    @Test
    void aReceivedTipOffMayBecomeAHazardAnInspectionOrARejectionButNotARewardYet() {
        assertThat(TipOffStatus.RECEIVED.allows(TipOffAction.OPEN_HAZARD)).isTrue();
        assertThat(TipOffStatus.RECEIVED.allows(TipOffAction.ORDER_INSPECTION)).isTrue();
        assertThat(TipOffStatus.RECEIVED.allows(TipOffAction.REJECT)).isTrue();
        assertThat(TipOffStatus.RECEIVED.allows(TipOffAction.REWARD)).isFalse();
    }

    @Test
    void eachDecisionLeadsToItsOwnStatus() {
        assertThat(TipOffStatus.RECEIVED.after(TipOffAction.OPEN_HAZARD)).isEqualTo(TipOffStatus.HAZARD_OPENED);
        assertThat(TipOffStatus.RECEIVED.after(TipOffAction.ORDER_INSPECTION))
                .isEqualTo(TipOffStatus.INSPECTION_ORDERED);
        assertThat(TipOffStatus.RECEIVED.after(TipOffAction.REJECT)).isEqualTo(TipOffStatus.REJECTED);
    }

    @Test
    void onlyAHazardOrAnInspectionIsRewardedAndTheStatusStays() {
        assertThat(TipOffStatus.HAZARD_OPENED.after(TipOffAction.REWARD)).isEqualTo(TipOffStatus.HAZARD_OPENED);
        assertThat(TipOffStatus.INSPECTION_ORDERED.after(TipOffAction.REWARD))
                .isEqualTo(TipOffStatus.INSPECTION_ORDERED);
        assertThat(TipOffStatus.REJECTED.allows(TipOffAction.REWARD)).isFalse();
    }

    @Test
    void aDecidedTipOffIsNotDecidedAgain() {
        for (var decided :
                List.of(TipOffStatus.HAZARD_OPENED, TipOffStatus.INSPECTION_ORDERED, TipOffStatus.REJECTED)) {
            for (var action : List.of(TipOffAction.OPEN_HAZARD, TipOffAction.ORDER_INSPECTION, TipOffAction.REJECT)) {
                assertThat(decided.allows(action)).as(decided + " " + action).isFalse();
            }
        }
    }

    @Test
    void aStepTheTableRefusesIsAConflictNamingTheStatus() {
        var tipOff = received();
        tipOff.reject("举报地点无开采迹象", OFFICER, NOW);

        assertThatThrownBy(() -> tipOff.openHazard(9, OFFICER, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("REJECTED");
        assertThat(tipOff.status()).isEqualTo(TipOffStatus.REJECTED);
    }

    @Test
    void aRejectionNeedsItsReason() {
        var tipOff = received();

        assertThatThrownBy(() -> tipOff.reject("  ", OFFICER, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(tipOff.status()).isEqualTo(TipOffStatus.RECEIVED);
    }

    @Test
    void theRewardIsDecidedOnceGrantedWithAnAmountOrDeclinedWithAReason() {
        var granted = received();
        granted.openHazard(9, OFFICER, NOW);
        assertThatThrownBy(() -> granted.reward(RewardDecision.GRANTED, null, null, OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class);
        granted.reward(RewardDecision.GRANTED, new BigDecimal("2000"), null, OFFICER, NOW);
        assertThat(granted.reward().amount()).isEqualByComparingTo("2000");
        assertThatThrownBy(() -> granted.reward(RewardDecision.DECLINED, null, "重复举报", OFFICER, NOW))
                .isInstanceOf(ConflictException.class);

        var declined = received();
        declined.orderInspection("旗应急局执法大队12月10日夜间检查", OFFICER, NOW);
        assertThatThrownBy(() -> declined.reward(RewardDecision.DECLINED, null, null, OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class);
        declined.reward(RewardDecision.DECLINED, null, "举报人为企业内部安全管理人员，依规不予奖励", OFFICER, NOW);
        assertThat(declined.reward().decision()).isEqualTo(RewardDecision.DECLINED);
    }

    @Test
    void aTrackingCodeIsSixteenUnambiguousCharactersReadTheSameHoweverTyped() {
        var code = TrackingCode.generate();

        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}");
        assertThat(TrackingCode.hash(code.toLowerCase().replace("-", " "))).isEqualTo(TrackingCode.hash(code));
        assertThat(TrackingCode.normalise("O0I1-LLLL-AAAA-BBBB")).isEmpty();
    }
}
