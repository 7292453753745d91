package org.safeledger.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Law-enforcement inspections on site: started by an inspector of a department (from a draw or not, unannounced
 * 四不两直 or announced) with the enforcement checklist, and the on-site measures taken while it runs; the results are
 * recorded and completed like any run ({@link Checklists}).
 */
@Service
public class EnforcementRuns {

    private final Checklists checklists;
    private final InspectionStore store;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final Draws draws;
    private final org.safeledger.identity.Recipients recipients;

    EnforcementRuns(
            Checklists checklists,
            InspectionStore store,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock,
            Draws draws,
            org.safeledger.identity.Recipients recipients) {
        this.checklists = checklists;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.draws = draws;
        this.recipients = recipients;
    }

    /**
     * Starts a law-enforcement inspection on site: a team of at least two inspectors of the actor's department (the
     * draw's team for the enterprise when it carries out a draw), unannounced (四不两直) or announced.
     */
    @Transactional
    public InspectionRun startEnforcement(Actor actor, EnforcementStart start) {
        actor.require(Permission.INSPECTION_ENFORCE);
        var departmentId = actor.departmentId();
        if (departmentId == null) {
            throw new InvalidInputException("departmentId", "error.inspection.noDepartment");
        }
        if (start.templateId() == null) {
            throw new InvalidInputException("templateId", "error.field.required");
        }
        if (start.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "error.field.required");
        }
        var enterprise = checklists.enterprise(actor, start.enterpriseId());
        var template = checklists.usable(actor, start.templateId(), enterprise);
        var mode = start.mode() == null || start.mode().isBlank()
                ? "UNANNOUNCED"
                : InputValues.code(Mode.class, "mode", start.mode().strip()).name();
        List<Long> team = start.teamIds() == null
                ? List.of()
                : start.teamIds().stream().distinct().toList();
        if (start.drawId() != null) {
            var draw = draws.get(actor, start.drawId());
            var drawn = draw.teams().stream()
                    .filter(t -> t.enterpriseId() == enterprise.id())
                    .findFirst()
                    .orElseThrow(
                            () -> new InvalidInputException("drawId", "error.inspection.notDrawn", enterprise.name()));
            // a draw is carried out by the drawing department and the team it drew, or it was not random
            if (draw.departmentId() != departmentId) {
                throw new InvalidInputException("drawId", "error.inspection.drawOtherDepartment");
            }
            if (!team.isEmpty()
                    && !new java.util.HashSet<>(team).equals(new java.util.HashSet<>(drawn.inspectorIds()))) {
                throw new InvalidInputException("teamIds", "error.inspection.drawnTeamOnly");
            }
            team = drawn.inspectorIds();
        }
        var roster = recipients.departmentStaff(List.of(departmentId)).stream()
                .map(org.safeledger.identity.Recipients.Recipient::userId)
                .toList();
        if (team.size() < 2) {
            throw new InvalidInputException("teamIds", "error.inspection.teamTooSmall");
        }
        if (!roster.containsAll(team)) {
            throw new InvalidInputException("teamIds", "error.inspection.teamNotRoster");
        }
        var where = start.place() == null || start.place().isBlank()
                ? enterprise.name()
                : start.place().strip();
        if (where.length() > 200) {
            throw new InvalidInputException("place", "error.inspection.placeLong");
        }
        long id = store.insertRun(
                template.id(),
                enterprise.id(),
                where,
                startedAt(start.inspectedOn()),
                actor.userId(),
                new InspectionStore.Enforcement(mode, team, start.drawId(), departmentId));
        events.publishEvent(Audited.by(
                actor,
                "inspection.enforcement.start",
                "inspection:" + id,
                Map.of("checklist", template.id(), "enterpriseId", enterprise.id(), "mode", mode, "team", team)));
        return checklists.run(actor, id);
    }

    /** Now, or the morning of the day an inspection entered afterwards took place (补录, up to 60 days back). */
    private java.time.Instant startedAt(@Nullable String inspectedOn) {
        var day = InputValues.date("inspectedOn", inspectedOn);
        var now = clock.instant();
        if (day == null) {
            return now;
        }
        var today = LocalDate.now(clock.withZone(properties.zone()));
        if (day.isAfter(today) || day.isBefore(today.minusDays(LATE_ENTRY_DAYS))) {
            throw new InvalidInputException("inspectedOn", "error.inspection.inspectedOnRange", LATE_ENTRY_DAYS);
        }
        return day.equals(today)
                ? now
                : day.atTime(9, 0).atZone(properties.zone()).toInstant();
    }

    /** How far back a paper record may be entered: long enough for a month's field work, short of rewriting a year. */
    static final int LATE_ENTRY_DAYS = 60;

    /** 四不两直 (unannounced: no notice, no briefing, no escort, straight to the site) or announced. */
    enum Mode {
        UNANNOUNCED,
        ANNOUNCED
    }

    /** Records the on-site measures of an enforcement inspection in progress (stop work in an area, evacuate …). */
    @Transactional
    public InspectionRun recordMeasures(Actor actor, long runId, int version, @Nullable String measures) {
        actor.require(Permission.INSPECTION_ENFORCE);
        checklists.run(actor, runId).require(RunStatus.Action.MEASURES);
        if (measures == null || measures.isBlank()) {
            throw new InvalidInputException("measures", "error.field.required");
        }
        if (measures.length() > 2000) {
            throw new InvalidInputException("measures", "error.inspection.measuresLong");
        }
        if (!store.measures(runId, version, measures.strip())) {
            throw new ConflictException("version", "error.version.stale");
        }
        events.publishEvent(
                Audited.by(actor, "inspection.measures", "inspection:" + runId, Map.of("measures", measures.strip())));
        return checklists.run(actor, runId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
