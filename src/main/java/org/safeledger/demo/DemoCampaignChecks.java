package org.safeledger.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.campaign.CampaignChecklists;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardReport;
import org.safeledger.inspection.CheckOutcome;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.ResultEntry;
import org.safeledger.org.EnterpriseDraft;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.MineType;
import org.safeledger.org.UnifiedSocialCreditCode;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Component;

/**
 * The provincial campaign's checks in the demo (fictional): the first mine completed the campaign's coal-mine
 * checklist and turned what it found (its slope monitoring not kept) into a hazard; the second mine's self-check is
 * under way; in Alxa Right Banner (阿拉善右旗) the league's inspectors found three hazards at a mine that found
 * nothing itself, which the campaign's progress alerts as a self-check gone through the motions.
 */
@Component
class DemoCampaignChecks {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String ALXA_RIGHT = "152922";

    private final CampaignChecklists campaigns;
    private final Checklists checklists;
    private final HazardLedger ledger;
    private final EnterpriseRegister enterprises;
    private final Clock clock;

    DemoCampaignChecks(
            CampaignChecklists campaigns,
            Checklists checklists,
            HazardLedger ledger,
            EnterpriseRegister enterprises,
            Clock clock) {
        this.campaigns = campaigns;
        this.checklists = checklists;
        this.ledger = ledger;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    void load(Actor mine1, Actor mine2, Actor league, long campaignId) {
        var checklist = campaigns.tasks(mine1).stream()
                .filter(t -> t.campaignId() == campaignId && t.sector() == Sector.COAL_MINE)
                .findFirst()
                .orElseThrow()
                .checklistId();
        long mine1Id = java.util.Objects.requireNonNull(mine1.scope().enterpriseId());
        var run = checklists.start(mine1, checklist, mine1Id, "采场北帮及南排土场");
        var answers = new ArrayList<ResultEntry>();
        long monitoring = 0;
        for (var r : run.results()) {
            boolean found = r.item().text().contains("边坡监测方案");
            monitoring = found ? r.item().id() : monitoring;
            answers.add(new ResultEntry(
                    r.item().id(),
                    true,
                    (found ? CheckOutcome.NON_COMPLIANT : CheckOutcome.COMPLIANT).name(),
                    found ? "北帮边坡监测记录自上月起中断，未开展本年度边坡稳定性分析（虚构）" : null,
                    List.of()));
        }
        run = checklists.record(mine1, run.id(), run.version(), answers);
        run = checklists.complete(mine1, run.id(), run.version());
        checklists.toHazard(mine1, run.id(), monitoring);

        long mine2Id = java.util.Objects.requireNonNull(mine2.scope().enterpriseId());
        var begun = checklists.start(mine2, checklist, mine2Id, "采场及排土场");
        var first = begun.results().get(0).item().id();
        checklists.record(
                mine2,
                begun.id(),
                begun.version(),
                List.of(new ResultEntry(first, true, CheckOutcome.COMPLIANT.name(), null, List.of())));

        long silent = enterprises
                .register(
                        DemoData.SYSTEM,
                        new EnterpriseDraft(
                                "阿拉善右旗红山露天煤矿有限公司（虚构）",
                                UnifiedSocialCreditCode.complete("91" + ALXA_RIGHT + "MA7D0011"),
                                ALXA_RIGHT,
                                "COAL_MINE",
                                null,
                                "阿拉善右旗雅布赖镇红山矿区（虚构）",
                                null,
                                null,
                                MineType.OPEN_PIT,
                                "孙某（虚构）",
                                "13904830011",
                                null,
                                null,
                                List.of()))
                .id();
        var findings = List.of("采场边坡角大于设计值，未及时治理", "排土场截排水沟淤堵，坡脚积水", "边坡在线监测系统停运未修复");
        for (int i = 0; i < findings.size(); i++) {
            ledger.report(
                    league,
                    new HazardReport(
                            silent,
                            findings.get(i),
                            findings.get(i) + "（专项整治执法检查，虚构）",
                            "采场",
                            null,
                            null,
                            "COAL_MINE",
                            OffsetDateTime.now(clock.withZone(CHINA)).minusDays(8 - i),
                            null,
                            "ENFORCEMENT_INSPECTION",
                            List.of(),
                            null,
                            false,
                            null,
                            null,
                            null));
        }
    }
}
