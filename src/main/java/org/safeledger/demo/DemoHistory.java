package org.safeledger.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.LedgerHistory;
import org.safeledger.hazard.PastHazard;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Component;

/**
 * Seventeen months of the banner's closed hazards before the demo's present (entered as a history from the former
 * Excel ledgers), so that the dashboard's trends, last year's comparison and the monthly reports have something to
 * say. All closed more than a month ago — most on time, some late — so today's open work is the demo's own.
 */
@Component
class DemoHistory {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int HAZARDS = 240;

    private static final List<String> MINE = List.of(
            "排土场边坡局部出现裂缝",
            "采场台阶坡面浮石未清理",
            "运输道路挡车墙高度不足",
            "爆破警戒点位设置不全",
            "边坡监测数据未按时分析",
            "采掘设备灭火器过期",
            "作业人员未按规定佩戴安全帽",
            "排水沟淤堵");
    private static final List<String> CHEMICAL = List.of("储罐区可燃气体报警器未定期校验", "特殊作业票填写不全", "装卸区静电接地线断开", "应急物资柜器材缺失");

    private final LedgerHistory history;
    private final Clock clock;

    DemoHistory(LedgerHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    void load(Actor clerk, Map<String, Long> firms) {
        var random = new Random(20230222L);
        var today = LocalDate.now(clock.withZone(CHINA));
        var owners = List.of("mine1", "mine2", "chem1");
        for (int i = 0; i < HAZARDS; i++) {
            var owner = owners.get(random.nextInt(owners.size()));
            boolean chemical = owner.equals("chem1");
            var titles = chemical ? CHEMICAL : MINE;
            var found = today.minusDays(33 + random.nextInt(490))
                    .atTime(8 + random.nextInt(9), random.nextInt(60))
                    .atZone(CHINA)
                    .toInstant();
            var assigned = found.plus(Duration.ofHours(2 + random.nextInt(40)));
            var deadline = LocalDate.ofInstant(assigned, CHINA).plusDays(7 + random.nextInt(24));
            boolean late = random.nextInt(100) < 15;
            var submitted = late
                    ? deadline.plusDays(1 + random.nextInt(10))
                            .atTime(10, 0)
                            .atZone(CHINA)
                            .toInstant()
                    : assigned.plus(Duration.ofDays(2
                            + random.nextInt(Math.max(1, (int) Duration.between(assigned, deadline.atStartOfDay(CHINA))
                                    .toDays()))));
            var closed = submitted.plus(Duration.ofHours(4 + random.nextInt(60)));
            int source = random.nextInt(10);
            if (closed.isAfter(clock.instant().minus(Duration.ofDays(2)))) {
                continue; // the history ends before the demo's own present
            }
            history.record(
                    clerk,
                    new PastHazard(
                            firms.get(owner),
                            titles.get(random.nextInt(titles.size())),
                            chemical ? "厂区" : "采场",
                            chemical ? Sector.HAZARDOUS_CHEMICALS : Sector.COAL_MINE,
                            source < 6
                                    ? HazardSource.SELF_INSPECTION
                                    : source < 9 ? HazardSource.ENFORCEMENT_INSPECTION : HazardSource.CAMPAIGN,
                            found,
                            source < 6 ? "企业安全员" : "执法人员",
                            assigned,
                            deadline,
                            "安全副矿长",
                            submitted,
                            "已整改并复查",
                            closed));
        }
    }
}
