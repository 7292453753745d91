package org.safeledger.org;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervising departments: who supervises which sectors where. */
@Service
public class DepartmentDirectory {

    private final Departments departments;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartmentDirectory(
            Departments departments,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.departments = departments;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    /** Departments in the actor's region subtree. */
    public List<Department> list(Actor actor) {
        actor.require(Permission.DEPARTMENT_READ);
        return departments.inRegion(actor.scope().region().subtreePrefix());
    }

    /**
     * The departments supervising a sector in a region (三管三必须), nearest first: the county's departments with
     * that sector in their remit; where the county has none, the prefecture's; then the province's. Empty when no
     * level has one. For the application's own notifications (no reader, hence no permission check).
     */
    public List<Department> supervising(org.safeledger.shared.RegionCode region, org.safeledger.shared.Sector sector) {
        for (var level : region.lineage()) {
            var found = departments.supervising(level.value(), sector.name());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** A region's own departments (not its subtree's), for the application's own views (no permission check). */
    public List<Department> ofRegion(org.safeledger.shared.RegionCode region) {
        // a full six-digit code as the prefix matches the region alone, not its subtree
        return departments.inRegion(region.value());
    }

    /** A department by id, for the application's own notifications (no reader, hence no scope). */
    public Optional<Department> byId(long id) {
        return departments.find(id);
    }

    public Department get(Actor actor, long id) {
        actor.require(Permission.DEPARTMENT_READ);
        return find(actor, id).orElseThrow(() -> new NotFoundException("error.department.notFound", id));
    }

    /** A department in the actor's region subtree, empty when absent or outside it (no permission check). */
    public Optional<Department> find(Actor actor, long id) {
        return departments
                .find(id)
                .filter(d -> actor.scope().region().contains(new org.safeledger.shared.RegionCode(d.regionCode())));
    }

    @Transactional
    public Department create(Actor actor, DepartmentDraft draft) {
        actor.require(Permission.DEPARTMENT_WRITE);
        drafts.check(draft);
        var region = regions.require("regionCode", draft.regionCode()).regionCode();
        if (!actor.scope().region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        if (departments.nameTaken(draft.regionCode(), draft.name())) {
            throw new ConflictException("name", "error.department.nameTaken", draft.name());
        }
        long id = departments.insert(draft, draft.sectorSet(), clock.instant());
        var created = departments.find(id).orElseThrow();
        events.publishEvent(Audited.by(actor, "department.create", "department:" + id, Map.of("after", created)));
        return created;
    }
}
