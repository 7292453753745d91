package org.safeledger.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.inspection.CheckOutcome;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.ResultEntry;
import org.safeledger.inspection.ScheduleDraft;
import org.safeledger.inspection.TemplateDraft;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The demo open-pit mine's self-inspection: a checklist of the 2020 standard's open-pit clauses and its own lines,
 * run weekly since four weeks ago but completed only this week (the missed weeks show), the last run left with
 * an unchecked item (so it is "incomplete", not "all clear").
 */
@Component
class DemoInspections {

    private final Checklists checklists;
    private final org.safeledger.inspection.ChecklistTemplates templates;
    private final org.safeledger.inspection.Schedules schedules;
    private final Clock clock;
    private final DemoLookBack lookBack;

    DemoInspections(
            Checklists checklists,
            org.safeledger.inspection.ChecklistTemplates templates,
            org.safeledger.inspection.Schedules schedules,
            Clock clock,
            DemoLookBack lookBack) {
        this.lookBack = lookBack;
        this.checklists = checklists;
        this.templates = templates;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** The mine's principal, the banner's two inspectors, the league's inspector. */
    record Cast(Actor mine1, Actor inspector, Actor depthead, Actor league) {}

    void load(Cast cast, java.util.Map<String, Long> firms) {
        long enterpriseId = firms.get("mine1");
        var mine1 = cast.mine1();
        var inspector = cast.inspector();
        // the banner bureau's own checklist for its law-enforcement inspections of open-pit coal mines
        var enforcementTemplate = templates.createTemplate(
                inspector,
                new TemplateDraft(
                        "露天煤矿重大事故隐患执法检查表",
                        "COAL_MINE",
                        null,
                        "COAL_MINE_MAJOR",
                        "18.10, 18.1, 18.2, 18.6",
                        List.of("边坡监测预警系统运行及监测记录", "剥离工程外包单位资质及安全生产管理协议")));
        var template = templates.createTemplate(
                mine1,
                new TemplateDraft(
                        "露天采场边坡与排土场周检表",
                        "COAL_MINE",
                        enterpriseId,
                        "COAL_MINE_MAJOR",
                        "18.10, 18.1, 18.2",
                        List.of(
                                "边坡位移监测系统运行正常，监测数据按班记录",
                                "排土场排水沟畅通，坡底无积水",
                                "运输道路弯道挡车墙高度不低于矿用卡车轮胎直径的2/5",
                                "爆破警戒区域警示标志、警戒人员到位")));
        var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        schedules.schedule(
                mine1,
                new ScheduleDraft(
                        enterpriseId,
                        template.id(),
                        "WEEKLY",
                        today.minusWeeks(4).toString()));
        var run = checklists.start(mine1, template.id(), enterpriseId, "北帮及南排土场");
        var answers = new ArrayList<ResultEntry>();
        for (var r : run.results()) {
            var outcome = r.item().position() == 5 ? CheckOutcome.NOT_CHECKED : CheckOutcome.COMPLIANT;
            var note = r.item().position() == 5 ? "雨后道路封闭，未能到达南排土场" : null;
            answers.add(new ResultEntry(r.item().id(), true, outcome.name(), note, List.of()));
        }
        run = checklists.record(mine1, run.id(), run.version(), answers);
        checklists.complete(mine1, run.id(), run.version());
        lookBack.load(
                new DemoLookBack.Cast(inspector, cast.depthead(), cast.league()),
                enforcementTemplate.id(),
                firms.get("mine2"));
    }
}
