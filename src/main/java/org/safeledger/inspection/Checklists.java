package org.safeledger.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardReport;
import org.safeledger.org.Enterprise;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.safeledger.standard.Clause;
import org.safeledger.standard.StandardsCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists and self-inspection: templates from the catalogue's clauses and custom items, runs with tri-state
 * results, a non-compliant item turned into a hazard in one step (major when its item is a clause of a major-hazard
 * standard), recurring schedules and their missed periods.
 */
@Service
public class Checklists {

    private final InspectionStore store;
    private final StandardsCatalogue standards;
    private final EnterpriseRegister enterprises;
    private final HazardLedger hazards;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final Draws draws;
    private final org.safeledger.identity.Recipients recipients;

    Checklists(
            InspectionStore store,
            StandardsCatalogue standards,
            EnterpriseRegister enterprises,
            HazardLedger hazards,
            AttachmentStore attachments,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock,
            Draws draws,
            org.safeledger.identity.Recipients recipients) {
        this.draws = draws;
        this.recipients = recipients;
        this.store = store;
        this.standards = standards;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.attachments = attachments;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    // templates

    @Transactional
    public ChecklistTemplate createTemplate(Actor actor, TemplateDraft draft) {
        actor.require(Permission.CHECKLIST_MANAGE);
        drafts.check(draft);
        var sector = sector(actor, draft);
        var enterpriseId = actor.scope().enterpriseId() != null ? actor.scope().enterpriseId() : draft.enterpriseId();
        if (draft.enterpriseId() != null && !draft.enterpriseId().equals(enterpriseId)) {
            throw new InvalidInputException("enterpriseId", "error.enterprise.unknown");
        }
        String prefix;
        if (enterpriseId != null) {
            var enterprise = enterprise(actor, enterpriseId);
            requireSector(enterprise, sector);
            prefix = new RegionCode(enterprise.regionCode()).subtreePrefix();
        } else {
            prefix = actor.scope().region().subtreePrefix();
        }
        return insertTemplate(actor, draft, sector, enterpriseId, prefix, null);
    }

    /**
     * A checklist for a lesson roll-out (举一反三): a regulator's template of the region, launched by a leader or a
     * department head, whose findings become hazards of source {@code ACCIDENT_LESSON}.
     */
    @Transactional
    public ChecklistTemplate createLessonTemplate(Actor actor, TemplateDraft draft, RegionCode region) {
        actor.require(Permission.LESSON_LAUNCH);
        drafts.check(draft);
        var sector = sector(actor, draft);
        if (!actor.scope().region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        return insertTemplate(actor, draft, sector, null, region.subtreePrefix(), "ACCIDENT_LESSON");
    }

    /** Per enterprise, how its runs of the checklist went: runs completed and open, findings, hazards made. */
    public record RunTally(long enterpriseId, long completed, long open, long nonCompliant, long hazards) {}

    /** The tallies of the checklist's runs at these enterprises (the caller has checked the reader may see them). */
    public java.util.Map<Long, RunTally> tallies(long templateId, java.util.Collection<Long> enterpriseIds) {
        return store.tallies(templateId, enterpriseIds);
    }

    private Sector sector(Actor actor, TemplateDraft draft) {
        var sector = Sector.fromCode(draft.sector().strip())
                .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", draft.sector()));
        if (!actor.scope().sectors().isEmpty() && !actor.scope().sectors().contains(sector)) {
            throw new ForbiddenException("error.scope.sector");
        }
        return sector;
    }

    private ChecklistTemplate insertTemplate(
            Actor actor,
            TemplateDraft draft,
            Sector sector,
            @Nullable Long enterpriseId,
            String prefix,
            @Nullable String hazardSource) {
        var items = new ArrayList<Item>();
        clauses(draft, sector)
                .forEach(c -> items.add(
                        new Item(c.id(), c.standardCode() + " " + c.versionKey() + " " + c.number(), c.text())));
        if (draft.customItems() != null) {
            draft.customItems().stream()
                    .filter(t -> t != null && !t.isBlank())
                    .forEach(t -> items.add(new Item(null, null, t.strip())));
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("clauseNumbers", "error.inspection.noItems");
        }
        var now = clock.instant();
        long id = store.insertTemplate(
                draft.name().strip(), sector, enterpriseId, prefix, hazardSource, now, actor.userId());
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            store.insertItem(id, i + 1, item.clauseId(), item.label(), item.text());
        }
        events.publishEvent(Audited.by(
                actor,
                "checklist.create",
                "checklist:" + id,
                Map.of("name", draft.name().strip(), "sector", sector, "items", items.size())));
        return template(actor, id);
    }

    private record Item(@Nullable Long clauseId, @Nullable String label, String text) {}

    /** The clauses named by number in the standard in force today; an aspect's number brings all its items. */
    private List<Clause> clauses(TemplateDraft draft, Sector sector) {
        if (draft.clauseNumbers() == null || draft.clauseNumbers().isBlank()) {
            return List.of();
        }
        if (draft.standardCode() == null || draft.standardCode().isBlank()) {
            throw new InvalidInputException("standardCode", "error.field.required");
        }
        org.safeledger.standard.StandardVersion version;
        try {
            version = standards.inForce(draft.standardCode().strip(), today());
        } catch (NotFoundException e) {
            throw new InvalidInputException("standardCode", "error.inspection.standardUnknown", draft.standardCode());
        }
        if (!version.sectors().contains(sector.name())) {
            throw new InvalidInputException("standardCode", "error.inspection.standardSector", version.title());
        }
        var all = standards.clauses(version);
        var chosen = new LinkedHashMap<Long, Clause>();
        for (var number : draft.clauseNumbers().split("[,，;；、\\s]+")) {
            if (number.isBlank()) {
                continue;
            }
            var clause = all.stream()
                    .filter(c -> c.number().equals(number.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "clauseNumbers", "error.inspection.clauseNumber", number.strip()));
            if ("ASPECT".equals(clause.kind())) {
                all.stream()
                        .filter(c -> "ITEM".equals(c.kind()) && clause.number().equals(c.parentNumber()))
                        .forEach(c -> chosen.putIfAbsent(c.id(), c));
            } else {
                chosen.putIfAbsent(clause.id(), clause);
            }
        }
        return List.copyOf(chosen.values());
    }

    public ChecklistTemplate template(Actor actor, long id) {
        actor.require(Permission.INSPECTION_READ);
        return store.template(id, actor.scope())
                .orElseThrow(() -> new NotFoundException("error.inspection.templateNotFound", id));
    }

    /** The templates the actor may use; for one enterprise, its own and those of regulators of its region. */
    public List<ChecklistTemplate> templates(Actor actor, @Nullable Long enterpriseId) {
        actor.require(Permission.INSPECTION_READ);
        var enterprise = enterpriseId == null ? null : enterprise(actor, enterpriseId);
        return store.templates(
                actor.scope(),
                enterpriseId,
                enterprise == null ? null : new RegionCode(enterprise.regionCode()).subtreePrefix());
    }

    // runs

    @Transactional
    public InspectionRun start(Actor actor, long templateId, long enterpriseId, @Nullable String place) {
        actor.require(Permission.INSPECTION_RUN);
        var enterprise = enterprise(actor, enterpriseId);
        var template = usable(actor, templateId, enterprise);
        var where = place == null || place.isBlank() ? template.name() : place.strip();
        if (where.length() > 200) {
            throw new InvalidInputException("place", "error.inspection.placeLong");
        }
        long id = store.insertRun(template.id(), enterprise.id(), where, clock.instant(), actor.userId(), null);
        events.publishEvent(Audited.by(
                actor,
                "inspection.start",
                "inspection:" + id,
                Map.of("checklist", template.id(), "enterpriseId", enterprise.id(), "place", where)));
        return run(actor, id);
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
        var enterprise = enterprise(actor, start.enterpriseId());
        var template = usable(actor, start.templateId(), enterprise);
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
                clock.instant(),
                actor.userId(),
                new InspectionStore.Enforcement(mode, team, start.drawId(), departmentId));
        events.publishEvent(Audited.by(
                actor,
                "inspection.enforcement.start",
                "inspection:" + id,
                Map.of("checklist", template.id(), "enterpriseId", enterprise.id(), "mode", mode, "team", team)));
        return run(actor, id);
    }

    /** 四不两直 (unannounced: no notice, no briefing, no escort, straight to the site) or announced. */
    enum Mode {
        UNANNOUNCED,
        ANNOUNCED
    }

    /** Records the on-site measures of an enforcement inspection in progress (stop work in an area, evacuate …). */
    @Transactional
    public InspectionRun recordMeasures(Actor actor, long runId, int version, @Nullable String measures) {
        actor.require(Permission.INSPECTION_ENFORCE);
        var run = run(actor, runId);
        if (!run.enforcement()) {
            throw new ConflictException("kind", "error.inspection.notEnforcement");
        }
        if (measures == null || measures.isBlank()) {
            throw new InvalidInputException("measures", "error.field.required");
        }
        if (measures.length() > 2000) {
            throw new InvalidInputException("measures", "error.inspection.measuresLong");
        }
        if (!store.measures(runId, version, measures.strip())) {
            throw new ConflictException(
                    "version", run.inProgress() ? "error.version.stale" : "error.inspection.completed");
        }
        events.publishEvent(
                Audited.by(actor, "inspection.measures", "inspection:" + runId, Map.of("measures", measures.strip())));
        return run(actor, runId);
    }

    /** The completed law-enforcement inspections from draws, as the public sees them (双随机一公开; no sign-in). */
    public List<PublishedInspection> published() {
        return store.published(200);
    }

    public InspectionRun run(Actor actor, long id) {
        actor.require(Permission.INSPECTION_READ);
        return store.run(id, actor.scope())
                .orElseThrow(() -> new NotFoundException("error.inspection.runNotFound", id));
    }

    public List<InspectionRun> runs(Actor actor, @Nullable Long enterpriseId) {
        actor.require(Permission.INSPECTION_READ);
        return store.runs(actor.scope(), enterpriseId, 100);
    }

    /**
     * Records answers for some or all items (a phone may save as it goes). Every entry is checked before anything
     * is written: an unknown item, an unknown outcome, a non-compliant item without a note, a photo not uploaded by
     * the actor → 400 naming {@code results[i].field}; a stale version or a completed run → 409.
     */
    @Transactional
    public InspectionRun record(Actor actor, long runId, int version, List<ResultEntry> entries) {
        actor.require(Permission.INSPECTION_RUN);
        var run = run(actor, runId);
        if (!run.inProgress()) {
            throw new ConflictException("status", "error.inspection.completed");
        }
        var byItem = new LinkedHashMap<Long, ItemResult>();
        run.results().forEach(r -> byItem.put(r.item().id(), r));
        record Checked(
                ResultEntry entry,
                boolean applicable,
                CheckOutcome outcome,
                @Nullable String note,
                List<Long> photos) {}
        var checked = new ArrayList<Checked>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            var field = "results[" + i + "].";
            if (e == null) {
                throw new InvalidInputException("results[" + i + "]", "error.field.required");
            }
            try {
                drafts.check(e);
            } catch (InvalidInputException invalid) {
                throw InvalidInputException.of(invalid.resolved().stream()
                        .map(f -> new InvalidInputException.FieldMessage(field + f.field(), f.message()))
                        .toList());
            }
            var current = byItem.get(e.itemId());
            if (current == null || !seen.add(e.itemId())) {
                throw new InvalidInputException(field + "itemId", "error.inspection.itemUnknown", e.itemId());
            }
            // what an entry leaves out keeps its stored value (a phone may send only a photo, or only a note)
            boolean applicable = e.applicable() == null ? current.applicable() : e.applicable();
            var outcome = !applicable
                    ? CheckOutcome.NOT_CHECKED
                    : e.outcome() == null
                            ? current.outcome()
                            : e.outcome().isBlank()
                                    ? CheckOutcome.NOT_CHECKED
                                    : InputValues.code(
                                            CheckOutcome.class,
                                            field + "outcome",
                                            e.outcome().strip());
            var note = e.note() == null
                    ? current.note()
                    : e.note().isBlank() ? null : e.note().strip();
            if (outcome == CheckOutcome.NON_COMPLIANT && note == null) {
                throw new InvalidInputException(field + "note", "error.inspection.noteRequired");
            }
            if (current.hazardId() != null && (outcome != CheckOutcome.NON_COMPLIANT || !applicable)) {
                throw new ConflictException(field + "outcome", "error.inspection.alreadyHazard", current.hazardId());
            }
            var photos = new ArrayList<>(current.photoIds());
            var added = e.photoIds() == null
                    ? List.<Long>of()
                    : e.photoIds().stream()
                            .distinct()
                            .filter(p -> !current.photoIds().contains(p))
                            .toList();
            attachments.requireOwn(actor, field + "photoIds", added);
            photos.addAll(added);
            checked.add(new Checked(e, applicable, outcome, note, photos));
        }
        if (!store.touch(runId, version)) {
            throw new ConflictException("version", "error.version.stale");
        }
        var now = clock.instant();
        for (var c : checked) {
            store.saveResult(
                    runId, c.entry().itemId(), c.applicable(), c.outcome(), c.note(), c.photos(), now, actor.userId());
        }
        events.publishEvent(Audited.by(
                actor,
                "inspection.record",
                "inspection:" + runId,
                Map.of(
                        "items",
                        checked.stream()
                                .map(c -> c.entry().itemId() + ":"
                                        + (c.applicable() ? c.outcome().name() : "N/A"))
                                .toList())));
        return run(actor, runId);
    }

    /** Completes the run with the outcome its results give: unanswered items make it INCOMPLETE, never all clear. */
    @Transactional
    public InspectionRun complete(Actor actor, long runId, int version) {
        actor.require(Permission.INSPECTION_RUN);
        var run = run(actor, runId);
        if (!run.inProgress()) {
            throw new ConflictException("status", "error.inspection.completed");
        }
        var outcome = run.currentOutcome();
        if (!store.complete(runId, version, outcome, clock.instant())) {
            throw new ConflictException("version", "error.version.stale");
        }
        events.publishEvent(Audited.by(
                actor,
                "inspection.complete",
                "inspection:" + runId,
                Map.of("outcome", outcome, "counts", run.counts())));
        return run(actor, runId);
    }

    /**
     * Turns a non-compliant item into a hazard of the ledger in one step: the item's text as the finding, the note
     * as what was seen, the run's place, the actor's own photos of it; a clause item is cited, which makes the
     * hazard major. Once per item (409 after).
     */
    @Transactional
    public long toHazard(Actor actor, long runId, long itemId) {
        actor.require(Permission.INSPECTION_RUN);
        actor.require(Permission.HAZARD_REPORT);
        run(actor, runId); // in scope, else 404 before any lock
        // the run's row serialises conversions and saves: answers saved meanwhile are read after the lock, and the
        // version moves on so that a save prepared before this conversion is refused as stale
        store.lockRun(runId);
        var run = run(actor, runId);
        var result = run.results().stream()
                .filter(r -> r.item().id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.inspection.itemNotFound", itemId));
        if (result.hazardId() != null) {
            throw new ConflictException("itemId", "error.inspection.alreadyHazard", result.hazardId());
        }
        if (!result.applicable() || result.outcome() != CheckOutcome.NON_COMPLIANT) {
            throw new ConflictException("outcome", "error.inspection.notNonCompliant");
        }
        var template = store.template(run.templateId(), org.safeledger.shared.DataScope.everything())
                .orElseThrow();
        var item = result.item();
        var own = attachments.findAll(result.photoIds()).stream()
                .filter(a -> a.uploadedBy() == actor.userId())
                .map(org.safeledger.attachment.Attachment::id)
                .toList();
        var note = result.note() == null ? "" : result.note();
        var description = note + "\n" + "（" + template.name() + " 第" + item.position() + "项：" + item.text()
                + (item.clauseLabel() == null ? "" : "，" + item.clauseLabel()) + "）";
        var entry = hazards.report(
                actor,
                new HazardReport(
                        run.enterpriseId(),
                        shorten(note.isBlank() ? item.text() : note, 100),
                        shorten(description, 2000),
                        shorten(run.place(), 200),
                        null,
                        null,
                        template.sector().name(),
                        OffsetDateTime.now(clock.withZone(properties.zone())),
                        null,
                        store.hazardSource(run.templateId())
                                .orElse(run.enforcement() ? "ENFORCEMENT_INSPECTION" : "SELF_INSPECTION"),
                        own,
                        item.clauseId() == null ? null : List.of(item.clauseId()),
                        false,
                        null,
                        null,
                        null));
        long hazardId = entry.hazard().id();
        if (!store.linkHazard(runId, itemId, hazardId)) {
            throw new ConflictException("itemId", "error.inspection.alreadyHazard", hazardId);
        }
        store.bump(runId);
        events.publishEvent(Audited.by(
                actor,
                "inspection.hazard",
                "inspection:" + runId,
                Map.of(
                        "itemId",
                        itemId,
                        "hazardId",
                        hazardId,
                        "grade",
                        entry.hazard().grade())));
        return hazardId;
    }

    // schedules

    @Transactional
    public Schedule schedule(Actor actor, ScheduleDraft draft) {
        actor.require(Permission.CHECKLIST_MANAGE);
        drafts.check(draft);
        var enterprise = enterprise(actor, draft.enterpriseId());
        var template = usable(actor, draft.templateId(), enterprise);
        var frequency =
                InputValues.code(Frequency.class, "frequency", draft.frequency().strip());
        var startsOn = draft.startsOn() == null || draft.startsOn().isBlank()
                ? today()
                : InputValues.date("startsOn", draft.startsOn());
        if (startsOn.isBefore(today().minusYears(1))) {
            throw new InvalidInputException("startsOn", "error.inspection.startsLongAgo");
        }
        if (store.scheduleExists(enterprise.id(), template.id(), frequency)) {
            throw new ConflictException("frequency", "error.inspection.scheduleExists");
        }
        long id = store.insertSchedule(
                enterprise.id(), template.id(), frequency, startsOn, clock.instant(), actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "inspection.schedule",
                "inspection-schedule:" + id,
                Map.of("checklist", template.id(), "enterpriseId", enterprise.id(), "frequency", frequency)));
        return schedules(actor, null, id).get(0);
    }

    /** The schedules in scope (of one enterprise when given), each with its periods and missed count. */
    public List<Schedule> schedules(Actor actor, @Nullable Long enterpriseId) {
        return schedules(actor, enterpriseId, null);
    }

    private List<Schedule> schedules(Actor actor, @Nullable Long enterpriseId, @Nullable Long id) {
        actor.require(Permission.INSPECTION_READ);
        var today = today();
        var zone = properties.zone();
        var result = new ArrayList<Schedule>();
        for (var s : store.schedules(actor.scope(), enterpriseId, id)) {
            var current = s.frequency().periodStart(today);
            var first = s.frequency().periodStart(s.startsOn());
            var starts = new ArrayList<LocalDate>();
            for (var p = first; !p.isAfter(current); p = s.frequency().next(p)) {
                starts.add(p);
            }
            // a run counts from the day the schedule starts (the first period may have begun before it)
            var done = new HashSet<LocalDate>();
            store.completions(
                            s.enterpriseId(),
                            s.templateId(),
                            s.startsOn().atStartOfDay(zone).toInstant())
                    .forEach(at ->
                            done.add(s.frequency().periodStart(at.atZone(zone).toLocalDate())));
            long missed = starts.stream()
                    .filter(p -> p.isBefore(current) && !done.contains(p))
                    .count();
            var periods = starts.subList(Math.max(0, starts.size() - Schedule.WINDOW), starts.size()).stream()
                    .map(p -> new Schedule.Period(p, done.contains(p)))
                    .toList();
            result.add(new Schedule(
                    s.id(),
                    s.enterpriseId(),
                    s.enterpriseName(),
                    s.templateId(),
                    s.templateName(),
                    s.frequency(),
                    s.startsOn(),
                    s.active(),
                    periods,
                    missed,
                    done.contains(current)));
        }
        return result;
    }

    // helpers

    private Enterprise enterprise(Actor actor, long id) {
        return enterprises
                .find(actor, id)
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
    }

    /** A template visible to the actor that the enterprise may run: its own or its region's, of one of its sectors. */
    private ChecklistTemplate usable(Actor actor, long templateId, Enterprise enterprise) {
        var template = store.template(templateId, actor.scope())
                .orElseThrow(
                        () -> new InvalidInputException("templateId", "error.inspection.templateUnknown", templateId));
        boolean own = template.enterpriseId() != null && template.enterpriseId() == enterprise.id();
        boolean regional = template.enterpriseId() == null
                && new RegionCode(enterprise.regionCode()).subtreePrefix().startsWith(template.regionPrefix());
        if (!own && !regional) {
            throw new InvalidInputException("templateId", "error.inspection.templateUnknown", templateId);
        }
        requireSector(enterprise, template.sector());
        return template;
    }

    private static void requireSector(Enterprise enterprise, Sector sector) {
        if (!enterprise.sectors().contains(sector)) {
            throw new InvalidInputException("sector", "error.inspection.sectorOfEnterprise", enterprise.name());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private static String shorten(String text, int max) {
        var t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
