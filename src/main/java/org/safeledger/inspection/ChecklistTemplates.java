package org.safeledger.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
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
 * Checklist templates: an enterprise's own or a regulator's for its region, of one sector, made of catalogue
 * clauses (the version in force) and custom items; a lesson's checklist for a roll-out; and the tallies of a
 * template's runs.
 */
@Service
public class ChecklistTemplates {

    private final Checklists checklists;
    private final InspectionStore store;
    private final StandardsCatalogue standards;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    ChecklistTemplates(
            Checklists checklists,
            InspectionStore store,
            StandardsCatalogue standards,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.checklists = checklists;
        this.store = store;
        this.standards = standards;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

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
            var enterprise = checklists.enterprise(actor, enterpriseId);
            Checklists.requireSector(enterprise, sector);
            prefix = new RegionCode(enterprise.regionCode()).subtreePrefix();
        } else {
            prefix = actor.scope().region().subtreePrefix();
        }
        return template(actor, insertTemplate(actor, draft, sector, enterpriseId, prefix, null));
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
        return template(actor, insertTemplate(actor, draft, sector, null, region.subtreePrefix(), "ACCIDENT_LESSON"));
    }

    /**
     * A checklist for a campaign's enterprises of one sector: a regulator's template of the campaign's region, made by
     * whoever launches the campaign (its office may launch for sectors outside its own scope, so the scope's sectors
     * are not asked); its findings are the enterprises' own (self-inspection).
     */
    @Transactional
    public ChecklistTemplate createCampaignTemplate(Actor actor, TemplateDraft draft, RegionCode region) {
        actor.require(Permission.CAMPAIGN_RUN);
        drafts.check(draft);
        var sector = Sector.fromCode(draft.sector().strip())
                .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", draft.sector()));
        long id = insertTemplate(actor, draft, sector, null, region.subtreePrefix(), null);
        return store.template(id, org.safeledger.shared.DataScope.everything()).orElseThrow();
    }

    /**
     * Per enterprise, how its runs of the checklist went: runs completed and open, findings, hazards made; the
     * enterprise's own completed runs with every item answered (a self-check done, not an incomplete one, not an
     * inspector's) and the latest run still open.
     */
    public record RunTally(
            long enterpriseId,
            long completed,
            long open,
            long nonCompliant,
            long hazards,
            long answered,
            @Nullable Long openRunId) {

        public static RunTally none(long enterpriseId) {
            return new RunTally(enterpriseId, 0, 0, 0, 0, 0, null);
        }
    }

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

    private long insertTemplate(
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
        return id;
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
        var enterprise = enterpriseId == null ? null : checklists.enterprise(actor, enterpriseId);
        return store.templates(
                actor.scope(),
                enterpriseId,
                enterprise == null ? null : new RegionCode(enterprise.regionCode()).subtreePrefix());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
