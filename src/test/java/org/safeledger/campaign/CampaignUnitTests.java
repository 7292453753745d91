package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.Sector;

class CampaignUnitTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final Campaign CAMPAIGN = new Campaign(
            1,
            CampaignKind.SPECIAL_RECTIFICATION,
            "矿山和危险化学品重大事故隐患专项整治",
            "150000",
            Set.of(Sector.COAL_MINE),
            List.of(
                    new Campaign.Phase(PhaseKind.MOBILISATION, START, START.plusDays(13)),
                    new Campaign.Phase(PhaseKind.SELF_CHECK, START.plusDays(14), START.plusDays(60)),
                    new Campaign.Phase(PhaseKind.ENFORCEMENT, START.plusDays(61), START.plusDays(120)),
                    new Campaign.Phase(PhaseKind.SUMMARY, START.plusDays(121), START.plusDays(150))),
            START.plusDays(13),
            7,
            "高峰",
            Instant.EPOCH);

    private static CampaignUnit invited() {
        return new CampaignUnit(1, "152921", UnitStatus.INVITED, null, null, null, null, null, null, 0);
    }

    private static Instant on(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    @Test
    void aRegionTakesTheCampaignOnThenFilesItsPlanAndNotTheOtherWayRound() {
        assertThatThrownBy(() -> invited().filePlan("方案", "巴特尔", on(START))).isInstanceOf(ConflictException.class);
        var filed = invited().takeOn("巴特尔", on(START)).filePlan("方案", "巴特尔", on(START));
        assertThat(filed.status()).isEqualTo(UnitStatus.PLAN_FILED);
        assertThatThrownBy(() -> filed.takeOn("巴特尔", on(START))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPlanFiledAfterItsDayOrNotFiledWhenTheDayHasPassedIsLate() {
        var due = START.plusDays(13);
        var onTime = invited().takeOn("x", on(START)).filePlan("方案", "x", on(due));
        var afterwards = invited().takeOn("x", on(START)).filePlan("方案", "x", on(due.plusDays(1)));

        assertThat(onTime.planLate(due, due.plusDays(30), ZONE)).isFalse();
        assertThat(afterwards.planLate(due, due.plusDays(30), ZONE)).isTrue();
        assertThat(invited().planLate(due, due, ZONE))
                .as("not filed, its day not yet passed")
                .isFalse();
        assertThat(invited().planLate(due, due.plusDays(1), ZONE)).isTrue();
    }

    @Test
    void phasesAreEnteredInOrderOnlyWithThePlanFiledAndNotBeforeTheScheduleOpensThem() {
        var filed = invited().takeOn("x", on(START)).filePlan("方案", "x", on(START));
        assertThatThrownBy(() -> invited().enter(PhaseKind.MOBILISATION, CAMPAIGN, START))
                .as("no plan yet")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> filed.enter(PhaseKind.SELF_CHECK, CAMPAIGN, START.plusDays(20)))
                .as("mobilisation first")
                .isInstanceOf(ConflictException.class);
        var mobilised = filed.enter(PhaseKind.MOBILISATION, CAMPAIGN, START);
        assertThat(mobilised.phase()).isEqualTo(PhaseKind.MOBILISATION);
        assertThatThrownBy(() -> mobilised.enter(PhaseKind.SELF_CHECK, CAMPAIGN, START.plusDays(5)))
                .as("the self-check opens on its day")
                .isInstanceOf(ConflictException.class);
        assertThat(mobilised
                        .enter(PhaseKind.SELF_CHECK, CAMPAIGN, START.plusDays(14))
                        .phase())
                .isEqualTo(PhaseKind.SELF_CHECK);
    }

    @Test
    void aRegionReportsItsDispatchOnceItTookTheCampaignOnOncePerPeriodAndTheLaunchingRegionNever() {
        var week = new DispatchClock.Window(START, START.plusDays(6));
        assertThat(invited().dispatchRefusal(CAMPAIGN, week, false)).isPresent();
        var taken = invited().takeOn("旗应急管理局", on(START));
        assertThat(taken.dispatchRefusal(CAMPAIGN, week, false)).isEmpty();
        assertThat(taken.dispatchRefusal(CAMPAIGN, week, true)).isPresent();
        assertThat(taken.dispatchRefusal(CAMPAIGN, null, false))
                .as("the campaign not running")
                .isPresent();
        var province = new CampaignUnit(1, "150000", UnitStatus.PLAN_FILED, null, null, "", null, null, null, 0);
        assertThat(province.dispatchRefusal(CAMPAIGN, week, false)).isPresent();
    }

    @Test
    void aRegionBelowAddsItemsOfItsOwnForTheCampaignsSectorsOnceItTookItOn() {
        assertThat(invited().addItemsRefusal(CAMPAIGN, Sector.COAL_MINE)).isPresent();
        var taken = invited().takeOn("旗应急管理局", on(START));
        assertThat(taken.addItemsRefusal(CAMPAIGN, Sector.COAL_MINE)).isEmpty();
        assertThat(taken.addItemsRefusal(CAMPAIGN, Sector.HAZARDOUS_CHEMICALS))
                .as("not a sector of the campaign")
                .isPresent();
        var province = new CampaignUnit(1, "150000", UnitStatus.PLAN_FILED, null, null, "", null, null, null, 0);
        assertThat(province.addItemsRefusal(CAMPAIGN, Sector.COAL_MINE))
                .as("the launching region's checklist is the campaign's own")
                .isPresent();
    }
}
