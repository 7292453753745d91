package org.safeledger.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardReport;
import org.safeledger.hazard.HazardStep;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A ledger that is already lived in: hazards of the demo enterprises in every state of the loop, reported and
 * carried forward by the demo users themselves through the ledger's own rules (the titles echo the findings of the
 * Xinjing investigation: slopes without monitoring, unqualified contractors).
 */
@Component
class DemoHazards {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final HazardLedger ledger;
    private final Clock clock;

    DemoHazards(HazardLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The demo users who act. */
    record Cast(Actor inspector, Actor mine1, Actor mine2, Actor chem1, Actor xwinspector) {}

    void load(Cast cast, Map<String, Long> firms, Map<String, Long> riskPoints) {
        var today = LocalDate.now(clock.withZone(CHINA));
        long slope = report(
                riskPoints.get("slope"),
                cast.mine1(),
                firms.get("mine1"),
                "北帮边坡出现张拉裂缝，未布设位移监测点",
                "北帮+1250平台边坡出现长约8米张拉裂缝，采场未建立边坡位移监测系统",
                "北帮+1250平台",
                "COAL_MINE",
                "SELF_INSPECTION",
                2);
        majorSlope(cast, slope);
        long drain = report(
                riskPoints.get("dump"),
                cast.mine1(),
                firms.get("mine1"),
                "排土场排水沟淤堵",
                "雨季前排土场排水沟淤堵约60米，存在积水浸润边坡风险",
                "南排土场",
                "COAL_MINE",
                "SELF_INSPECTION",
                5);
        ledger.act(
                cast.mine1(),
                drain,
                new HazardStep.Assign(0, "清淤并加设截水沟", "王建军", today.plusDays(10).toString()));
        long contractor = report(
                cast.inspector(),
                firms.get("mine1"),
                "剥离工程外包队伍无矿山施工资质",
                "采场剥离工程由无矿山工程施工资质的队伍承包，以包代管",
                "采场",
                "COAL_MINE",
                "ENFORCEMENT_INSPECTION",
                1);
        ledger.act(
                cast.inspector(),
                contractor,
                new HazardStep.Assign(0, "清退无资质队伍，重新招标并签订安全管理协议", "李志刚", today.toString()));
        // 以包代管 was at the heart of the Xinjing collapse: the county bureau lists it for supervision
        ledger.act(
                cast.inspector(),
                contractor,
                new HazardStep.ListForSupervision(
                        1,
                        java.util.Objects.requireNonNull(cast.inspector().departmentId()),
                        "阿左应急督〔2026〕1号（演示）",
                        today.plusDays(20).toString()));
        long blasting = report(
                cast.mine1(),
                firms.get("mine1"),
                "爆破警戒区域未设置警示标志",
                "西采区爆破警戒线缺少警示标志和警戒人员",
                "西采区",
                "COAL_MINE",
                "SELF_INSPECTION",
                9);
        ledger.act(
                cast.mine1(),
                blasting,
                new HazardStep.Assign(
                        0, "设置警示标志，配备警戒人员", "赵工", today.plusDays(3).toString()));
        ledger.act(cast.mine1(), blasting, new HazardStep.Submit(1, "已设置警示标志12处，配备警戒人员4名"));
        long road = report(
                cast.mine2(),
                firms.get("mine2"),
                "运输道路边缘挡车墙高度不足",
                "北运输道路弯道处挡车墙高度不足轮胎直径的2/5",
                "北运输道路K1+200弯道",
                "COAL_MINE",
                "SELF_INSPECTION",
                4);
        ledger.act(
                cast.mine2(),
                road,
                new HazardStep.Assign(0, "加高挡车墙至规定高度", "刘工", today.plusDays(7).toString()));
        long detectors = report(
                cast.chem1(),
                firms.get("chem1"),
                "储罐区可燃气体报警器未按期校验",
                "甲醇储罐区3台可燃气体报警器超过校验周期",
                "甲醇储罐区",
                "HAZARDOUS_CHEMICALS",
                "SELF_INSPECTION",
                1);
        // the county inspector set the plant's rectification: its safety manager has one to carry out and submit
        ledger.act(
                cast.inspector(),
                detectors,
                new HazardStep.Assign(0, "送检并更换超期报警器", "孙丽娟", today.plusDays(5).toString()));
        long permit = report(
                cast.chem1(),
                firms.get("chem1"),
                "动火作业票安全措施确认栏未填写",
                "检修动火作业票中气体分析和监护人栏空白",
                "合成车间",
                "HAZARDOUS_CHEMICALS",
                "SELF_INSPECTION",
                12);
        ledger.act(
                cast.inspector(),
                permit,
                new HazardStep.Assign(
                        0, "规范作业票填写并开展培训", "孙丽娟", today.plusDays(2).toString()));
        ledger.act(cast.chem1(), permit, new HazardStep.Submit(1, "已补填并对12名作业人员培训"));
        ledger.act(cast.inspector(), permit, new HazardStep.Accept(2, "整改到位，同意销号"));
        report(
                cast.xwinspector(),
                firms.get("port"),
                "渔船救生衣配备不足",
                "3艘作业渔船救生衣数量少于船员人数",
                "海安渔港3号码头",
                "WATER_TRAFFIC_FISHING",
                "ENFORCEMENT_INSPECTION",
                1);
    }

    /**
     * The slope crack is the demo's major hazard: the county inspector cites 18.10 (open-pit slope deformation), the
     * mine reports it to the bureau (the workers' congress half still owed) and stops the bench until it is closed.
     */
    private void majorSlope(Cast cast, long slope) {
        ledger.act(cast.inspector(), slope, new HazardStep.Cite(0, null, "18.10"));
        ledger.act(
                cast.mine1(),
                slope,
                new HazardStep.ReportMajor(
                        1,
                        org.safeledger.hazard.MajorReportChannel.REGULATOR.name(),
                        "阿拉善左旗应急管理局",
                        "北帮+1250平台边坡出现长约8米张拉裂缝，未布设位移监测；有滑坡危险，需削坡减载并建立监测系统，整改难度较大"));
        ledger.act(cast.mine1(), slope, new HazardStep.Suspend(2, "北帮+1250平台及其下方采装工作面"));
    }

    private long report(
            Actor by,
            long enterpriseId,
            String title,
            String description,
            String location,
            String sector,
            String source,
            int daysAgo) {
        return report(null, by, enterpriseId, title, description, location, sector, source, daysAgo);
    }

    private long report(
            @Nullable Long riskPointId,
            Actor by,
            long enterpriseId,
            String title,
            String description,
            String location,
            String sector,
            String source,
            int daysAgo) {
        var discovered = OffsetDateTime.now(clock.withZone(CHINA))
                .minusDays(daysAgo)
                .withHour(9)
                .withMinute(30);
        var report = new HazardReport(
                enterpriseId,
                title,
                description,
                location,
                null,
                null,
                sector,
                discovered,
                null,
                source,
                List.of(),
                null,
                false,
                null,
                null,
                riskPointId);
        return ledger.report(by, report).hazard().id();
    }
}
