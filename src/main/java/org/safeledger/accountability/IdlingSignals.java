package org.safeledger.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.PenaltiesIssued;
import org.safeledger.hazard.MajorFindings;
import org.safeledger.inspection.CompletedRuns;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.responsibility.Duties;
import org.safeledger.responsibility.IdlingSignal;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Every idling signal of a region as of a day (today when empty), from only what the record held by the end of
 * it: the duties its posts did not perform (the region's own) and the signals of its subtree's hazards,
 * inspections and penalties ({@link IdlingRules}). Read by whoever may read the region's matrix.
 */
@Service
public class IdlingSignals {

    private final Duties duties;
    private final MajorFindings majors;
    private final CompletedRuns runs;
    private final PenaltiesIssued penalties;
    private final org.safeledger.hazard.ListedOverdue listed;
    private final org.safeledger.notification.EscalationReceipts escalations;
    private final SignalProperties rule;
    private final SafeLedgerProperties properties;

    IdlingSignals(
            Duties duties,
            MajorFindings majors,
            CompletedRuns runs,
            PenaltiesIssued penalties,
            org.safeledger.hazard.ListedOverdue listed,
            org.safeledger.notification.EscalationReceipts escalations,
            SignalProperties rule,
            SafeLedgerProperties properties) {
        this.duties = duties;
        this.majors = majors;
        this.runs = runs;
        this.penalties = penalties;
        this.listed = listed;
        this.escalations = escalations;
        this.rule = rule;
        this.properties = properties;
    }

    /** The signals, newest first; the duty board they start from checks that the actor may read the region. */
    public Signals of(Actor actor, String regionCode, @Nullable String asOf) {
        var board = duties.board(actor, regionCode, asOf);
        var zone = properties.zone();
        var region = new RegionCode(board.regionCode());
        BoardAccess.require(actor, region);
        var knownBy = board.asOf().plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        var from = board.asOf().minus(rule.window()).atStartOfDay(zone).toInstant();
        var before = board.asOf()
                .minus(rule.window())
                .minus(rule.inspectedWithin())
                .atStartOfDay(zone)
                .toInstant();
        var found = majors.within(region, from, knownBy, actor.scope());
        var done = runs.within(region, before, knownBy);
        var fined = penalties.within(region, before, knownBy);
        var all = new ArrayList<>(board.signals());
        all.addAll(IdlingRules.missedByInspection(found, done, fined, rule, zone));
        all.addAll(IdlingRules.inspectionsWithoutFindings(done, fined, from, rule, zone));
        all.addAll(IdlingRules.selfInspectionAllClearContradicted(found, done, rule, zone));
        all.addAll(IdlingRules.listedOverdueUnsupervised(listed.on(region, board.asOf(), zone, actor.scope()), zone));
        all.addAll(IdlingRules.escalationIgnored(
                escalations.delivered(region.subtreePrefix(), from, knownBy), knownBy, rule, zone));
        all.sort(Comparator.comparing(IdlingSignal::since).reversed());
        return new Signals(board.regionCode(), board.regionName(), board.asOf(), List.copyOf(all), board);
    }

    /** A region's signals as of a day, with the duty board they include (the accountability board shows both). */
    public record Signals(
            String regionCode,
            String regionName,
            java.time.LocalDate asOf,
            List<IdlingSignal> items,
            Duties.DutyBoard duties) {}
}
