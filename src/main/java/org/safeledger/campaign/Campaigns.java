package org.safeledger.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special rectification campaigns (专项整治): launched by a region's office or a department for its sectors with its
 * phases, cascaded to every region below, each taking it on, filing its own plan by the day due and entering the
 * phases in order; read by the regions on its lineage and in its subtree, each seeing its own subtree's units.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final CampaignChecklists checklists;
    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final CampaignProperties campaignProperties;
    private final Clock clock;

    Campaigns(
            CampaignStore store,
            CampaignChecklists checklists,
            RegionDirectory regions,
            DepartmentDirectory departments,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            CampaignProperties campaignProperties,
            Clock clock) {
        this.store = store;
        this.checklists = checklists;
        this.regions = regions;
        this.departments = departments;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.campaignProperties = campaignProperties;
        this.clock = clock;
    }

    @Transactional
    public CampaignView launch(Actor actor, CampaignInputs input) {
        drafts.check(input);
        var code = input.regionCode() == null || input.regionCode().isBlank()
                ? actor.scope().region().value()
                : input.regionCode().strip();
        var region = regions.require("regionCode", code);
        var sectors = EnumSet.noneOf(Sector.class);
        for (var s : input.sectors()) {
            sectors.add(Sector.fromCode(s.strip())
                    .orElseThrow(() -> new InvalidInputException("sectors", "error.sector.unknown", s)));
        }
        var department = ownDepartment(actor);
        var refused = CampaignAccess.launchRefusal(actor, region.regionCode(), sectors, department);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var phases = phases(input.phases());
        var today = today();
        var due = InputValues.date("planDue", input.planDue());
        if (due == null) {
            due = phases.get(0).to();
        }
        if (due.isBefore(today) || due.isAfter(phases.get(phases.size() - 1).to())) {
            throw new InvalidInputException("planDue", "error.campaign.planDue");
        }
        var kind = InputValues.code(CampaignKind.class, "kind", input.kind().strip());
        long departmentId = department != null ? department.id() : 0;
        if (department == null) {
            departmentId = departments.ofRegion(region.regionCode()).stream()
                    .findFirst()
                    .map(Department::id)
                    .orElseThrow(() -> new InvalidInputException("regionCode", "error.campaign.noDepartment"));
        }
        var now = clock.instant();
        var campaign = new Campaign(
                0,
                kind,
                input.title().strip(),
                region.code(),
                sectors,
                phases,
                due,
                departmentId,
                actor.displayName(),
                now);
        long id = store.insert(campaign, actor.userId());
        store.cascade(id, region.code(), region.regionCode().subtreePrefix(), actor.displayName(), now);
        checklists.createFor(actor, campaign.withId(id));
        events.publishEvent(Audited.by(
                actor,
                "campaign.launch",
                "campaign:" + id,
                Map.of("title", campaign.title(), "regionCode", region.code(), "sectors", sectors.toString())));
        return get(actor, id);
    }

    /**
     * The sectors the actor may launch a campaign for in its own region, by the rule {@link #launch} applies: every
     * sector for the region's office or an administrator over it, a department's own otherwise, none when it acts
     * for no region (the pages offer exactly these).
     */
    public java.util.Set<Sector> launchableSectors(Actor actor) {
        var own = actor.scope().region();
        var launchable = EnumSet.noneOf(Sector.class);
        if (own.equals(RegionCode.COUNTRY) || actor.scope().enterpriseId() != null) {
            return launchable;
        }
        var department = ownDepartment(actor);
        for (var s : Sector.values()) {
            if (CampaignAccess.launchRefusal(actor, own, java.util.Set.of(s), department)
                    .isEmpty()) {
                launchable.add(s);
            }
        }
        return launchable;
    }

    public List<Campaign> list(Actor actor) {
        var own = actor.scope().region();
        if (actor.scope().enterpriseId() != null) {
            return List.of();
        }
        return store.around(own.lineage().stream().map(RegionCode::value).toList(), own.subtreePrefix(), 100);
    }

    public CampaignView get(Actor actor, long id) {
        var campaign = readable(actor, id);
        var today = today();
        var zone = properties.zone();
        var own = actor.scope().region();
        // the reader's subtree within the campaign's: the campaign's own region for a reader above it
        var root = new RegionCode(campaign.regionCode()).contains(own) ? own : new RegionCode(campaign.regionCode());
        var department = ownDepartment(actor);
        var units = new ArrayList<CampaignView.UnitView>();
        var names = store.unitNames(id, root.subtreePrefix());
        var checklists = store.checklists(id);
        var dispatches = new DispatchStandings(
                campaign, store.dispatches(id, root.subtreePrefix()), campaignProperties.dispatchEvery(), today, zone);
        for (var u : store.units(id, root.subtreePrefix())) {
            boolean mayAct = CampaignAccess.actRefusal(
                            actor, new RegionCode(u.regionCode()), campaign.sectors(), department)
                    .isEmpty();
            boolean isLate = u.planLate(campaign.planDue(), today, zone);
            units.add(new CampaignView.UnitView(
                    u.regionCode(),
                    names.getOrDefault(u.regionCode(), u.regionCode()),
                    u.status(),
                    u.planFiledAt() == null
                            ? null
                            : u.planFiledAt().atZone(zone).toLocalDate(),
                    u.plan(),
                    isLate,
                    u.phase(),
                    nextPhase(campaign, u),
                    mayAct,
                    u.version(),
                    dispatches.late(u.regionCode()),
                    dispatches.last(u.regionCode()),
                    mayAct
                            && u.dispatchRefusal(
                                            campaign, dispatches.current(), dispatches.filedCurrent(u.regionCode()))
                                    .isEmpty(),
                    own(checklists, u.regionCode()),
                    mayAct ? addable(actor, department, campaign, u, own(checklists, u.regionCode())) : List.of()));
        }
        return new CampaignView(
                campaign,
                regions.find(campaign.regionCode()).map(r -> r.name()).orElse(campaign.regionCode()),
                campaign.scheduledOn(today).map(Campaign.Phase::kind).orElse(null),
                units,
                CampaignView.plansOwed(units),
                CampaignView.plansLate(units));
    }

    /** The units of the view within a region's subtree (all of them when none is named), in code order. */
    public List<CampaignView.UnitView> units(CampaignView view, @Nullable String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return view.units();
        }
        var within = regions.require("regionCode", regionCode.strip()).regionCode();
        return view.units().stream()
                .filter(u -> within.contains(new RegionCode(u.regionCode())))
                .toList();
    }

    @Transactional
    public CampaignView takeOn(Actor actor, long id, String regionCode) {
        var unit = actable(actor, id, regionCode);
        store.save(unit.takeOn(actor.displayName(), clock.instant()));
        audit(actor, id, "campaign.takeOn", regionCode, Map.of());
        return get(actor, id);
    }

    @Transactional
    public CampaignView filePlan(Actor actor, long id, String regionCode, CampaignInputs.Plan input) {
        drafts.check(input);
        var unit = versioned(actable(actor, id, regionCode), input.version());
        store.save(unit.filePlan(input.plan().strip(), actor.displayName(), clock.instant()));
        audit(
                actor,
                id,
                "campaign.filePlan",
                regionCode,
                Map.of("plan", input.plan().strip()));
        return get(actor, id);
    }

    @Transactional
    public CampaignView enterPhase(Actor actor, long id, String regionCode, CampaignInputs.Phase input) {
        drafts.check(input);
        var unit = versioned(actable(actor, id, regionCode), input.version());
        var kind = InputValues.code(PhaseKind.class, "phase", input.phase().strip());
        store.save(unit.enter(kind, readable(actor, id), today()));
        audit(actor, id, "campaign.phase", regionCode, Map.of("phase", kind.name()));
        return get(actor, id);
    }

    /** The sectors a region added items of its own to. */
    private static List<Sector> own(List<CampaignStore.Checklist> checklists, String regionCode) {
        return checklists.stream()
                .filter(c -> c.regionCode().equals(regionCode))
                .map(CampaignStore.Checklist::sector)
                .toList();
    }

    /** The campaign's sectors the unit may still add items of its own to. */
    private static List<Sector> addable(
            Actor actor, @Nullable Department department, Campaign campaign, CampaignUnit unit, List<Sector> own) {
        return campaign.sectors().stream()
                .sorted()
                .filter(s -> !own.contains(s)
                        && unit.addItemsRefusal(campaign, s).isEmpty()
                        && CampaignAccess.actRefusal(actor, new RegionCode(unit.regionCode()), Set.of(s), department)
                                .isEmpty())
                .toList();
    }

    /** The phase the unit enters next, if the campaign has one after the unit's. */
    private static @Nullable PhaseKind nextPhase(Campaign campaign, CampaignUnit u) {
        var next = u.phase() == null ? PhaseKind.MOBILISATION : u.phase().next().orElse(null);
        return next != null && campaign.phase(next).isPresent() ? next : null;
    }

    /** Why the actor may not act for the region on one sector of the campaign (a region's own items), if not. */
    Optional<ForbiddenException> sectorRefusal(Actor actor, Campaign campaign, String regionCode, Sector sector) {
        return CampaignAccess.actRefusal(actor, new RegionCode(regionCode), Set.of(sector), ownDepartment(actor));
    }

    /** The unit the actor acts for, refused when it may not (the dispatch reports ask the same rule). */
    CampaignUnit actable(Actor actor, long id, String regionCode) {
        var campaign = readable(actor, id);
        var unit = store.unit(id, regionCode == null ? "" : regionCode.strip())
                .orElseThrow(() -> new NotFoundException("error.campaign.unitNotFound", regionCode));
        var refused = CampaignAccess.actRefusal(
                actor, new RegionCode(unit.regionCode()), campaign.sectors(), ownDepartment(actor));
        if (refused.isPresent()) {
            throw refused.get();
        }
        return unit;
    }

    private static CampaignUnit versioned(CampaignUnit unit, int version) {
        if (unit.version() != version) {
            throw new org.safeledger.shared.ConflictException("version", "error.campaign.stale", unit.regionCode());
        }
        return unit;
    }

    private Campaign readable(Actor actor, long id) {
        var campaign = store.find(id).orElseThrow(() -> new NotFoundException("error.campaign.notFound", id));
        var refused = CampaignAccess.readRefusal(actor, new RegionCode(campaign.regionCode()));
        if (refused.isPresent()) {
            throw new NotFoundException("error.campaign.notFound", id);
        }
        return campaign;
    }

    /** The phases in order, each with its days; the first starting today or later, none overlapping the next. */
    private List<Campaign.Phase> phases(List<CampaignInputs.PhaseInput> input) {
        var phases = new ArrayList<Campaign.Phase>();
        for (var p : input) {
            var kind = InputValues.code(PhaseKind.class, "phases", p.kind().strip());
            var from = InputValues.date("phases", p.from());
            var to = InputValues.date("phases", p.to());
            if (from == null || to == null || to.isBefore(from)) {
                throw new InvalidInputException("phases", "error.campaign.phaseDays", kind.name());
            }
            phases.add(new Campaign.Phase(kind, from, to));
        }
        phases.sort(java.util.Comparator.comparing(Campaign.Phase::kind));
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).kind().ordinal() != i) {
                throw new InvalidInputException("phases", "error.campaign.phasesInOrder");
            }
            if (i > 0 && !phases.get(i).from().isAfter(phases.get(i - 1).to())) {
                throw new InvalidInputException(
                        "phases",
                        "error.campaign.phasesOverlap",
                        phases.get(i).kind().name());
            }
        }
        if (phases.get(0).from().isBefore(today())) {
            throw new InvalidInputException("phases", "error.campaign.startsPast");
        }
        if (phases.get(phases.size() - 1).to().isAfter(today().plusYears(3))) {
            throw new InvalidInputException("phases", "error.campaign.tooLong");
        }
        return phases;
    }

    private @Nullable Department ownDepartment(Actor actor) {
        return actor.departmentId() == null
                ? null
                : departments.byId(actor.departmentId()).orElse(null);
    }

    private void audit(Actor actor, long id, String action, String regionCode, Map<String, Object> detail) {
        var all = new java.util.HashMap<String, Object>(detail);
        all.put("regionCode", regionCode);
        events.publishEvent(Audited.by(actor, action, "campaign:" + id, all));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
