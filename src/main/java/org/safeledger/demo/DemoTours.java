package org.safeledger.demo;

import java.util.List;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Responsible;
import org.safeledger.rectification.Steps;
import org.safeledger.shared.Actor;
import org.safeledger.tour.TourFollowUp;
import org.safeledger.tour.TourInputs;
import org.safeledger.tour.Tours;
import org.springframework.stereotype.Component;

/**
 * A fictional work-safety tour of the banner by the league's safety committee office (虚构), its feedback delivered
 * seventy days ago: the mine's finding (also a hazard in the ledger) closed by the office, the emergency bureau's
 * submitted and waiting for acceptance, the government's past its deadline, red and escalated, every principal's
 * report owed; a re-inspection sample drawn of the closed item.
 */
@Component
class DemoTours {

    /** Who acts: the league's office, the banner's leader, the mine, the banner bureau's inspector. */
    record Cast(Actor office, Actor leader, Actor mine, Actor bureau) {}

    private final Tours tours;
    private final TourFollowUp followUp;
    private final Rectifications rectifications;
    private final org.safeledger.rectification.RectificationSweep sweep;

    DemoTours(
            Tours tours,
            TourFollowUp followUp,
            Rectifications rectifications,
            org.safeledger.rectification.RectificationSweep sweep) {
        this.sweep = sweep;
        this.tours = tours;
        this.followUp = followUp;
        this.rectifications = rectifications;
    }

    void load(Cast cast, long mine, long bureau) {
        var today = rectifications.today();
        var tour = tours.create(
                cast.office(),
                new TourInputs.TourDraft(
                        "SAFETY_TOUR",
                        "盟安委会安全生产巡查阿拉善左旗（虚构）",
                        "152921",
                        today.minusDays(80).toString(),
                        today.minusDays(73).toString(),
                        "巡查组组长（虚构）",
                        List.of("露天开采专家（虚构）", "应急管理专家（虚构）"),
                        List.of()));
        long id = tour.id();
        finding(
                cast,
                id,
                new Responsible("GOVERNMENT", null, "152921", null),
                "露天煤矿外包工程“以包代管”未组织清理",
                "旗内三处露天煤矿将剥离工程发包给无资质单位，旗政府未组织专项清理。",
                null);
        finding(
                cast,
                id,
                new Responsible("DEPARTMENT", bureau, null, null),
                "执法检查未覆盖露天煤矿排土场",
                "年度执法计划未列入排土场边坡检查，两处排土场三年未检查。",
                null);
        finding(
                cast,
                id,
                new Responsible("ENTERPRISE", mine, null, null),
                "南帮排土场边坡裂缝未监测",
                "南帮排土场坡顶出现长约30米裂缝，未设置位移监测。",
                new TourInputs.Hazard("南帮排土场坡顶", null));
        tours.feedback(
                cast.office(),
                id,
                new TourInputs.Feedback(
                        tours.get(cast.office(), id).version(),
                        today.minusDays(70).toString()));
        long[] items = tours.findings(cast.office(), id).stream()
                .mapToLong(f -> java.util.Objects.requireNonNull(f.rectificationId()))
                .toArray();
        var government = rectifications.get(cast.leader(), items[0]);
        rectifications.plan(
                cast.leader(),
                items[0],
                new Steps.Plan(government.version(), "旗政府牵头，能源局、应急管理局联合开展外包工程专项清理", "一、逐矿核查外包合同和资质；二、违法发包一律停工整改并立案"));
        var bureauItem = rectifications.get(cast.bureau(), items[1]);
        bureauItem = rectifications.plan(
                cast.bureau(), items[1], new Steps.Plan(bureauItem.version(), "排土场边坡纳入年度执法计划", "每季度全覆盖检查一次"));
        rectifications.submit(
                cast.bureau(), items[1], new Steps.Submit(bureauItem.version(), "已修订年度执法计划，首轮检查已完成", List.of()));
        var mineItem = rectifications.get(cast.mine(), items[2]);
        mineItem = rectifications.plan(
                cast.mine(), items[2], new Steps.Plan(mineItem.version(), "安装边坡雷达，设置位移监测点", "十日内完成并接入监测平台"));
        mineItem = rectifications.submit(
                cast.mine(), items[2], new Steps.Submit(mineItem.version(), "边坡雷达已接入监测平台，裂缝已回填", List.of()));
        rectifications.accept(cast.office(), items[2], new Steps.Accept(mineItem.version(), "现场核实，同意销号"));
        followUp.drawSample(cast.office(), id, new TourInputs.SampleDraft(1, 20261203L));
        // the government's item, past its deadline, is escalated now rather than at the sweep's next round
        sweep.runNow(DemoData.SYSTEM);
    }

    private void finding(
            Cast cast, long tour, Responsible party, String title, String description, TourInputs.Hazard hazard) {
        tours.recordFinding(
                cast.office(), tour, new TourInputs.FindingDraft(party, title, description, List.of(), hazard));
    }
}
