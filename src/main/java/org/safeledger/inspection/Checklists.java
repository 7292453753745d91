package org.safeledger.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.hazard.Finding;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.Enterprise;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
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
    private final EnterpriseRegister enterprises;
    private final HazardLedger hazards;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final Draws draws;

    Checklists(
            InspectionStore store,
            EnterpriseRegister enterprises,
            HazardLedger hazards,
            AttachmentStore attachments,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock,
            Draws draws) {
        this.draws = draws;
        this.store = store;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.attachments = attachments;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
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
        run.require(RunStatus.Action.RECORD);
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
        var completed = run(actor, runId).completed(clock.instant());
        var outcome = completed.outcome();
        if (!store.complete(completed, version)) {
            throw new ConflictException("version", "error.version.stale");
        }
        events.publishEvent(Audited.by(
                actor,
                "inspection.complete",
                "inspection:" + runId,
                Map.of("outcome", outcome, "counts", completed.counts())));
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
        run.require(RunStatus.Action.CONVERT);
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
        var entry = hazards.open(
                actor,
                Finding.of(
                                run.enterpriseId(),
                                template.sector().name(),
                                store.hazardSource(run.templateId())
                                        .orElse(run.enforcement() ? "ENFORCEMENT_INSPECTION" : "SELF_INSPECTION"),
                                note.isBlank() ? item.text() : note,
                                description,
                                run.place())
                        .photos(own)
                        .citing(item.clauseId() == null ? List.of() : List.of(item.clauseId()))
                        .build());
        long hazardId = entry.hazard().id();
        if (!store.linkHazard(runId, itemId, hazardId)) {
            throw new ConflictException("itemId", "error.inspection.alreadyHazard", hazardId);
        }
        store.bump(runId);
        events.publishEvent(new ChecklistFindingOpened(run.templateId(), runId, run.enterpriseId(), hazardId));
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

    // helpers

    Enterprise enterprise(Actor actor, long id) {
        return enterprises
                .find(actor, id)
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
    }

    /** A template visible to the actor that the enterprise may run: its own or its region's, of one of its sectors. */
    ChecklistTemplate usable(Actor actor, long templateId, Enterprise enterprise) {
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

    static void requireSector(Enterprise enterprise, Sector sector) {
        if (!enterprise.sectors().contains(sector)) {
            throw new InvalidInputException("sector", "error.inspection.sectorOfEnterprise", enterprise.name());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
