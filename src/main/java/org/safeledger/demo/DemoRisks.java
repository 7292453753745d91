package org.safeledger.demo;

import java.util.HashMap;
import java.util.Map;
import org.safeledger.risk.Assess;
import org.safeledger.risk.RiskPointDraft;
import org.safeledger.risk.RiskRegister;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The demo open-pit mine's risk list, identified and assessed by its principal through the risk module's own rules:
 * one point in each colour, so the four-colour overview shows all four.
 */
@Component
class DemoRisks {

    private final RiskRegister risks;

    DemoRisks(RiskRegister risks) {
        this.risks = risks;
    }

    /** The risk points by short name (the demo hazards link to them). */
    Map<String, Long> load(Actor mine1, long enterpriseId) {
        var ids = new HashMap<String, Long>();
        ids.put(
                "slope",
                point(
                        mine1,
                        new RiskPointDraft(
                                enterpriseId,
                                "采场北帮边坡",
                                "北帮+1250至+1310平台",
                                "台阶开采、边坡下方采装作业",
                                "边坡失稳、滑坡、坍塌；张拉裂缝扩展；雨水浸润",
                                "边坡位移在线监测；每班巡查；雨后专项检查；危险区撤人",
                                "采矿车间边坡管理岗",
                                "王建军"),
                        Map.of("l", 3, "e", 6, "c", 40),
                        "LEC"));
        ids.put(
                "dump",
                point(
                        mine1,
                        new RiskPointDraft(
                                enterpriseId,
                                "南排土场",
                                "南排土场",
                                "卡车排土、推土机平场",
                                "排土场滑坡、车辆坠落、积水浸润",
                                "安全车挡、排水沟定期清淤、排土高度控制",
                                "排土场管理岗",
                                null),
                        Map.of("l", 3, "s", 4),
                        "LS"));
        ids.put(
                "road",
                point(
                        mine1,
                        new RiskPointDraft(
                                enterpriseId,
                                "北运输道路",
                                "北运输道路K1+000至K1+500",
                                "矿用自卸车运输",
                                "车辆伤害、挡车墙不足、弯道视距不足",
                                "限速、挡车墙、弯道反光镜、驾驶员培训",
                                "运输车间调度岗",
                                null),
                        Map.of("l", 3, "e", 6, "c", 7),
                        "LEC"));
        ids.put(
                "blasting",
                point(
                        mine1,
                        new RiskPointDraft(
                                enterpriseId, "西采区爆破作业", "西采区", "中深孔爆破", "爆破飞石、早爆、盲炮", "爆破警戒、警示标志、爆破后检查", "爆破工段", "赵工"),
                        Map.of("l", 1, "e", 3, "c", 15),
                        "LEC"));
        return ids;
    }

    private long point(Actor by, RiskPointDraft draft, Map<String, Object> factors, String method) {
        var point = risks.identify(by, draft);
        risks.assess(by, point.id(), new Assess(method, null, factors, null));
        return point.id();
    }
}
