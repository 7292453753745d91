package org.safeledger.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardReport;
import org.safeledger.hazard.HazardStep;
import org.safeledger.inspection.CheckOutcome;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.EnforcementRuns;
import org.safeledger.inspection.EnforcementStart;
import org.safeledger.inspection.ResultEntry;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The look-back case (回头看) of the demo: the banner's bureau inspected the second open-pit mine thirty days ago
 * (entered from its paper record) and found every item compliant; two days ago the league's bureau found a major
 * hazard there (the dump's slope, 18.6). The idling signals show {@code MISSED_BY_INSPECTION} for the banner's bureau.
 */
@Component
class DemoLookBack {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EnforcementRuns enforcement;
    private final Checklists checklists;
    private final HazardLedger ledger;
    private final Clock clock;

    DemoLookBack(EnforcementRuns enforcement, Checklists checklists, HazardLedger ledger, Clock clock) {
        this.enforcement = enforcement;
        this.checklists = checklists;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The cast: the banner's two inspectors (a team), and the league's inspector. */
    record Cast(Actor inspector, Actor depthead, Actor league) {}

    void load(Cast cast, long templateId, long mineId) {
        var today = LocalDate.now(clock.withZone(CHINA));
        var run = enforcement.startEnforcement(
                cast.inspector(),
                new EnforcementStart(
                        templateId,
                        mineId,
                        "采场及南排土场",
                        "ANNOUNCED",
                        null,
                        List.of(cast.inspector().userId(), cast.depthead().userId()),
                        today.minusDays(30).toString()));
        var answers = new ArrayList<ResultEntry>();
        for (var r : run.results()) {
            answers.add(new ResultEntry(r.item().id(), true, CheckOutcome.COMPLIANT.name(), null, List.of()));
        }
        run = checklists.record(cast.inspector(), run.id(), run.version(), answers);
        checklists.complete(cast.inspector(), run.id(), run.version());

        var found = ledger.report(
                cast.league(),
                new HazardReport(
                        mineId,
                        "南排土场边坡出现多条张拉裂缝",
                        "南排土场+1180台阶坡顶出现3条贯通张拉裂缝，最宽约15厘米，坡底有积水，未布设位移监测",
                        "南排土场+1180台阶",
                        null,
                        null,
                        "COAL_MINE",
                        OffsetDateTime.now(clock.withZone(CHINA))
                                .minusDays(2)
                                .withHour(10)
                                .withMinute(0),
                        null,
                        "ENFORCEMENT_INSPECTION",
                        List.of(),
                        null,
                        false,
                        null,
                        null,
                        null));
        ledger.act(cast.league(), found.hazard().id(), new HazardStep.Cite(0, null, "18.6"));
    }
}
