package org.safeledger.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeledger.enforcement.PenaltiesIssued.PenaltyIssued;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.ListedOverdue.ListedFact;
import org.safeledger.hazard.MajorFindings.MajorFound;
import org.safeledger.inspection.CompletedRuns.CompletedRun;
import org.safeledger.notification.EscalationReceipts.Receipt;
import org.safeledger.responsibility.IdlingSignal;
import org.safeledger.shared.RegionCode;

/**
 * The idling signals the record of hazards, inspections and penalties gives (§4 of the domain pack): the look-back
 * rule, inspections that never find anything, self-inspections all clear where inspectors then found a major hazard.
 * Pure: the facts come in as the record knew them on the day asked, the signals go out with their facts and rule.
 */
public final class IdlingRules {

    static final String LOOK_BACK_RULE = "国务院安委会安全生产巡查“回头看”（2017）：上级或事故发现的重大事故隐患，属地部门此前检查未发现或发现未处罚的，倒查属地政府和部门责任";
    static final String LOOSE_RULE = "宽松软虚：执法检查多而无发现、无处罚（2023年阿拉善“2·22”事故调查报告所指问题）";
    static final String GOING_THROUGH_RULE = "走过场：企业自查全部合格而执法或巡查发现重大事故隐患";

    static final String LISTED_RULE = "挂牌督办：督办单位应当督促落实整改，逾期未整改的应当跟踪督办（重大事故隐患挂牌督办制度）";
    static final String ESCALATION_RULE = "失职追责：收到逾期升级提醒后应在期限内查看并督促处理";

    private IdlingRules() {}

    /**
     * The look-back rule: a major hazard found by a higher level (the finder's region above the enterprise's) or
     * revealed by an accident, at an enterprise the local department (of the enterprise's own region) had inspected
     * within {@code inspectedWithin} before and found nothing, or found something and did not penalise.
     */
    public static List<IdlingSignal> missedByInspection(
            List<MajorFound> majors,
            List<CompletedRun> runs,
            List<PenaltyIssued> penalties,
            SignalProperties rule,
            ZoneId zone) {
        var signals = new ArrayList<IdlingSignal>();
        for (var m : majors) {
            if (!foundAbove(m)) {
                continue;
            }
            var earliest =
                    m.discoveredAt().atZone(zone).minus(rule.inspectedWithin()).toInstant();
            var localRuns = runs.stream()
                    .filter(r -> r.enforcement() && r.enterpriseId() == m.enterpriseId())
                    .filter(r -> m.regionCode().equals(r.departmentRegion()))
                    .filter(r -> !r.inspectedAt().isBefore(earliest)
                            && r.inspectedAt().isBefore(m.discoveredAt()))
                    .collect(
                            Collectors.groupingBy(CompletedRun::departmentId, LinkedHashMap::new, Collectors.toList()));
            for (var department : localRuns.values()) {
                var last = department.get(department.size() - 1);
                boolean penalised = penalties.stream()
                        .anyMatch(p -> p.enterpriseId() == m.enterpriseId()
                                && p.departmentId() == last.departmentId()
                                && !p.issuedAt().isBefore(last.inspectedAt())
                                && !p.issuedAt().isAfter(m.discoveredAt()));
                if (last.nonCompliant() > 0 && penalised) {
                    continue;
                }
                var facts = new ArrayList<Map<String, Object>>();
                facts.add(major(m, zone));
                facts.add(Map.of(
                        "fact",
                        last.nonCompliant() == 0 ? "INSPECTED_FOUND_NOTHING" : "INSPECTED_NOT_PENALISED",
                        "runId",
                        last.runId(),
                        "inspectedOn",
                        day(last.inspectedAt(), zone),
                        "nonCompliant",
                        last.nonCompliant(),
                        "inspections",
                        department.size()));
                signals.add(new IdlingSignal(
                        "MISSED_BY_INSPECTION", department(last), day(m.majorSince(), zone), facts, LOOK_BACK_RULE));
            }
        }
        return signals;
    }

    /**
     * 宽松软虚: a department whose enforcement inspections in the window reach the threshold, none of them finding
     * anything and none followed by a penalty of that department.
     */
    public static List<IdlingSignal> inspectionsWithoutFindings(
            List<CompletedRun> runs, List<PenaltyIssued> penalties, Instant from, SignalProperties rule, ZoneId zone) {
        var byDepartment = runs.stream()
                .filter(r -> r.enforcement()
                        && r.departmentId() != null
                        && !r.inspectedAt().isBefore(from))
                .collect(Collectors.groupingBy(CompletedRun::departmentId, LinkedHashMap::new, Collectors.toList()));
        var signals = new ArrayList<IdlingSignal>();
        for (var entry : byDepartment.entrySet()) {
            var done = entry.getValue();
            boolean found = done.stream().anyMatch(r -> r.nonCompliant() > 0);
            boolean penalised = penalties.stream()
                    .anyMatch(p ->
                            p.departmentId() == entry.getKey() && !p.issuedAt().isBefore(from));
            if (done.size() < rule.inspectionsWithoutFindings() || found || penalised) {
                continue;
            }
            var reached = done.get(rule.inspectionsWithoutFindings() - 1);
            var last = done.get(done.size() - 1);
            signals.add(new IdlingSignal(
                    "INSPECTIONS_WITHOUT_FINDINGS",
                    department(last),
                    day(reached.completedAt(), zone),
                    List.of(Map.of(
                            "fact",
                            "INSPECTIONS_NOTHING_FOUND",
                            "inspections",
                            done.size(),
                            "threshold",
                            rule.inspectionsWithoutFindings(),
                            "from",
                            day(done.get(0).inspectedAt(), zone),
                            "to",
                            day(last.inspectedAt(), zone))),
                    LOOSE_RULE));
        }
        return signals;
    }

    /**
     * 走过场: an enterprise whose self-inspections in the {@code inspectedWithin} before inspectors (an enforcement
     * inspection, a tour, a campaign) found a major hazard reach the threshold and were all clear.
     */
    public static List<IdlingSignal> selfInspectionAllClearContradicted(
            List<MajorFound> majors, List<CompletedRun> runs, SignalProperties rule, ZoneId zone) {
        var signals = new ArrayList<IdlingSignal>();
        for (var m : majors) {
            if (m.source() != HazardSource.ENFORCEMENT_INSPECTION
                    && m.source() != HazardSource.INSPECTION_TOUR
                    && m.source() != HazardSource.CAMPAIGN) {
                continue;
            }
            var earliest =
                    m.discoveredAt().atZone(zone).minus(rule.inspectedWithin()).toInstant();
            var own = runs.stream()
                    .filter(r -> !r.enforcement() && r.enterpriseId() == m.enterpriseId())
                    .filter(r -> !r.inspectedAt().isBefore(earliest)
                            && r.inspectedAt().isBefore(m.discoveredAt()))
                    .toList();
            if (own.size() < rule.selfInspectionsAllClear() || own.stream().anyMatch(r -> r.nonCompliant() > 0)) {
                continue;
            }
            signals.add(new IdlingSignal(
                    "SELF_INSPECTION_ALL_CLEAR_CONTRADICTED",
                    new IdlingSignal.Subject("ENTERPRISE", m.enterpriseId(), m.regionCode(), m.enterpriseName()),
                    day(m.majorSince(), zone),
                    List.of(
                            major(m, zone),
                            Map.of(
                                    "fact",
                                    "SELF_INSPECTIONS_ALL_CLEAR",
                                    "inspections",
                                    own.size(),
                                    "from",
                                    day(own.get(0).inspectedAt(), zone),
                                    "to",
                                    day(own.get(own.size() - 1).inspectedAt(), zone))),
                    GOING_THROUGH_RULE));
        }
        return signals;
    }

    /**
     * A hazard under listed supervision past its listing deadline, open, on which the listing department's people
     * took no step from the deadline on (no urging, no check, no verification).
     */
    public static List<IdlingSignal> listedOverdueUnsupervised(List<ListedFact> listed, ZoneId zone) {
        var signals = new ArrayList<IdlingSignal>();
        for (var f : listed) {
            var due = f.deadline().plusDays(1).atStartOfDay(zone).toInstant();
            var last = f.lastDepartmentStep();
            if (last != null && !last.isBefore(due)) {
                continue;
            }
            var fact = new LinkedHashMap<String, Object>();
            fact.put("fact", "LISTED_OVERDUE");
            fact.put("hazardId", f.hazardId());
            fact.put("title", f.title());
            fact.put("enterprise", f.enterpriseName());
            fact.put("level", f.level());
            fact.put("deadline", f.deadline());
            fact.put("lastStep", last == null ? "" : day(last, zone).toString());
            fact.put("readable", f.readable());
            signals.add(new IdlingSignal(
                    "LISTED_OVERDUE_UNSUPERVISED",
                    new IdlingSignal.Subject("DEPARTMENT", f.departmentId(), f.departmentRegion(), f.departmentName()),
                    f.deadline().plusDays(1),
                    List.of(fact),
                    LISTED_RULE));
        }
        return signals;
    }

    /** An escalation delivered and not opened within the window (or not by the day asked). */
    public static List<IdlingSignal> escalationIgnored(
            List<Receipt> receipts, Instant knownBy, SignalProperties rule, ZoneId zone) {
        var signals = new ArrayList<IdlingSignal>();
        for (var r : receipts) {
            var window =
                    r.deliveredAt().atZone(zone).plus(rule.escalationWindow()).toInstant();
            if (window.isAfter(knownBy)) {
                continue;
            }
            var opened = r.openedAt();
            if (opened != null && !opened.isAfter(window)) {
                continue;
            }
            var fact = new LinkedHashMap<String, Object>();
            fact.put("fact", "ESCALATION_NOT_OPENED");
            fact.put("notice", r.kind());
            fact.put("about", r.subject());
            fact.put("link", r.link());
            fact.put("deliveredOn", day(r.deliveredAt(), zone));
            fact.put(
                    "openedOn",
                    opened == null || opened.isAfter(knownBy)
                            ? ""
                            : day(opened, zone).toString());
            fact.put(
                    "windowDays",
                    java.time.Duration.between(r.deliveredAt(), window).toDays());
            signals.add(new IdlingSignal(
                    "ESCALATION_IGNORED",
                    new IdlingSignal.Subject("PERSON", r.userId(), r.regionCode(), r.userName()),
                    day(window, zone),
                    List.of(fact),
                    ESCALATION_RULE));
        }
        return signals;
    }

    /** Found by a level above the enterprise's region, or revealed by an accident. */
    static boolean foundAbove(MajorFound m) {
        if (m.source() == HazardSource.ACCIDENT_INVESTIGATION) {
            return true;
        }
        var finder = m.finderRegion();
        return finder != null
                && !finder.equals(m.regionCode())
                && new RegionCode(finder).contains(new RegionCode(m.regionCode()));
    }

    private static Map<String, Object> major(MajorFound m, ZoneId zone) {
        return Map.of(
                "fact",
                "MAJOR_FOUND",
                "hazardId",
                m.hazardId(),
                "title",
                m.title(),
                "enterprise",
                m.enterpriseName(),
                "foundBy",
                m.finderName(),
                "source",
                m.source().name(),
                "discoveredOn",
                day(m.discoveredAt(), zone),
                "readable",
                m.readable());
    }

    private static IdlingSignal.Subject department(CompletedRun run) {
        return new IdlingSignal.Subject(
                "DEPARTMENT",
                run.departmentId(),
                run.departmentRegion(),
                run.departmentName() == null ? "" : run.departmentName());
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
