package org.safeledger.demo;

import org.safeledger.shared.Actor;
import org.safeledger.tipoff.TipOffInputs;
import org.safeledger.tipoff.TipOffIntake;
import org.safeledger.tipoff.TipOffTriage;
import org.springframework.stereotype.Component;

/**
 * Two fictional tip-offs (虚构) from the public in the banner, with codes fixed so the README can link their tracking
 * pages: the mine digging past its licence at night, which the banner's inspector turned into a hazard of the mine;
 * an abandoned quarry worked by hand, still to decide.
 */
@Component
class DemoTipOffs {

    /** The tracking codes of the two tip-offs (the first has become a hazard, the second waits). */
    static final String HAZARD_CODE = "DEMX-2345-6789-ABCD";

    static final String RECEIVED_CODE = "DEMX-2345-6789-ABCE";

    private final TipOffIntake intake;
    private final TipOffTriage triage;

    DemoTipOffs(TipOffIntake intake, TipOffTriage triage) {
        this.intake = intake;
        this.triage = triage;
    }

    void load(Actor inspector, long mine) {
        intake.submitForDemo(
                new TipOffInputs.Submission(
                        "152921",
                        "COAL_MINE",
                        "宏岩露天煤矿采区以北约500米的北山沟（虚构）",
                        "连续几天晚上十点以后，有两台挖掘机在煤矿采矿许可范围外的北山沟挖煤装车，天亮前用土把坑口盖住；" + "坑边没有警示标志，也没有照明。（虚构）",
                        "王先生 13800000000（虚构）"),
                HAZARD_CODE);
        intake.submitForDemo(
                new TipOffInputs.Submission(
                        "152921", "NON_COAL_MINE", "巴彦浩特镇西侧废弃采石场（虚构）", "废弃采石场最近又有人放炮开采石料，周边牧民反映夜里能听到爆破声。（虚构）", null),
                RECEIVED_CODE);
        var first = triage.list(inspector).stream()
                .filter(t -> t.place().startsWith("宏岩露天煤矿"))
                .findFirst()
                .orElseThrow();
        triage.openHazard(
                inspector,
                first.id(),
                new TipOffInputs.OpenHazard(first.version(), mine, "COAL_MINE", "北山沟夜间越界开采（群众举报，虚构）"));
    }
}
