package org.safeledger.org;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, editing and reading enterprises. Reads are filtered by the actor's data scope (an enterprise
 * outside it is "not found"); writes need {@link Permission#ENTERPRISE_WRITE} and must stay inside the scope.
 */
@Service
public class EnterpriseRegister {

    private final Enterprises enterprises;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterpriseRegister(
            Enterprises enterprises,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Enterprise register(Actor actor, EnterpriseDraft draft) {
        actor.require(Permission.ENTERPRISE_WRITE);
        var checked = check(actor, draft);
        if (enterprises.creditCodeTaken(checked.creditCode(), null)) {
            throw new ConflictException("creditCode", "error.creditCode.taken", checked.creditCode());
        }
        long id = enterprises.insert(draft, checked.creditCode(), checked.sectors(), clock.instant());
        var created = enterprises.findUnscoped(id).orElseThrow();
        events.publishEvent(Audited.by(actor, "enterprise.register", "enterprise:" + id, Map.of("after", created)));
        return created;
    }

    @Transactional
    public Enterprise update(Actor actor, long id, int version, EnterpriseDraft draft) {
        actor.require(Permission.ENTERPRISE_WRITE);
        var before = get(actor, id);
        var checked = check(actor, draft);
        if (enterprises.creditCodeTaken(checked.creditCode(), id)) {
            throw new ConflictException("creditCode", "error.creditCode.taken", checked.creditCode());
        }
        if (!enterprises.update(id, version, draft, checked.creditCode(), checked.sectors(), clock.instant())) {
            throw new ConflictException("version", "error.version.stale");
        }
        var after = enterprises.findUnscoped(id).orElseThrow();
        events.publishEvent(
                Audited.by(actor, "enterprise.update", "enterprise:" + id, Map.of("before", before, "after", after)));
        return after;
    }

    public Enterprise get(Actor actor, long id) {
        actor.require(Permission.ENTERPRISE_READ);
        return enterprises
                .find(id, actor.scope())
                .orElseThrow(() -> new NotFoundException("error.enterprise.notFound", id));
    }

    public PageResult<Enterprise> list(Actor actor, EnterpriseFilter filter, PageRequest page) {
        actor.require(Permission.ENTERPRISE_READ);
        String prefix = null;
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            var region =
                    regions.require("regionCode", filter.regionCode().strip()).regionCode();
            if (!actor.scope().coversRegion(region)) {
                throw new ForbiddenException("error.scope.region", region.value());
            }
            prefix = region.subtreePrefix();
        }
        if (filter.sector() != null
                && !filter.sector().isBlank()
                && Sector.fromCode(filter.sector()).isEmpty()) {
            throw new org.safeledger.shared.InvalidInputException("sector", "error.sector.unknown", filter.sector());
        }
        return enterprises.list(actor.scope(), prefix, filter, page);
    }

    /**
     * What an enterprise chooser offers first: the first enterprises in the actor's scope, and the chosen one
     * (kept when a form comes back with an error) even when it is not among them. The chooser searches for others.
     */
    public java.util.List<Enterprise> choices(Actor actor, @org.jspecify.annotations.Nullable Long chosen) {
        var first = new java.util.ArrayList<>(
                list(actor, EnterpriseFilter.none(), new PageRequest(0, 50)).items());
        if (chosen != null && first.stream().noneMatch(e -> e.id() == chosen)) {
            find(actor, chosen).ifPresent(e -> first.add(0, e));
        }
        return first;
    }

    /**
     * The enterprise in the actor's scope a spreadsheet names by credit code or by exact name: empty when none or,
     * for a name, when two share it (then only the credit code can say which).
     */
    public java.util.Optional<Long> identify(Actor actor, String creditCodeOrName) {
        return enterprises.identify(creditCodeOrName.strip(), actor.scope());
    }

    /** An enterprise inside the actor's scope, empty when absent or outside it (no permission check). */
    public java.util.Optional<Enterprise> find(Actor actor, long id) {
        return enterprises.find(id, actor.scope());
    }

    private Checked check(Actor actor, EnterpriseDraft draft) {
        drafts.check(draft);
        var creditCode = draft.normalisedCreditCode();
        var sectors = draft.sectorSet();
        draft.requireCoordinatesTogether();
        RegionCode region = regions.require("regionCode", draft.regionCode()).regionCode();
        var scope = actor.scope();
        if (!scope.region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        if (!scope.sectors().isEmpty() && sectors.stream().noneMatch(scope.sectors()::contains)) {
            throw new ForbiddenException("error.scope.sector");
        }
        return new Checked(creditCode, sectors);
    }

    private record Checked(String creditCode, Set<Sector> sectors) {}
}
