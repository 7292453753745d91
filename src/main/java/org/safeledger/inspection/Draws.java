package org.safeledger.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.safeledger.identity.Recipients;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double-random draws (双随机): enterprises drawn from the register and inspectors from the department's roster by
 * {@link DrawAlgorithm}, everything it used recorded, and a verification that re-runs it.
 */
@Service
public class Draws {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final DrawStore store;
    private final RegionDirectory regions;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Draws(
            DrawStore store,
            RegionDirectory regions,
            Recipients recipients,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.regions = regions;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Draw draw(Actor actor, DrawRequest request) {
        actor.require(Permission.INSPECTION_ENFORCE);
        var departmentId = actor.departmentId();
        if (departmentId == null) {
            throw new InvalidInputException("departmentId", "error.inspection.noDepartment");
        }
        if (request.regionCode() == null || request.regionCode().isBlank()) {
            throw new InvalidInputException("regionCode", "error.field.required");
        }
        var region = regions.require("regionCode", request.regionCode().strip()).regionCode();
        if (!actor.scope().region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        if (request.sectors() == null || request.sectors().isEmpty()) {
            throw new InvalidInputException("sectors", "error.field.required");
        }
        var sectors = new ArrayList<String>();
        for (var code : new LinkedHashSet<>(request.sectors())) {
            var sector = Sector.fromCode(code == null ? "" : code.strip())
                    .orElseThrow(() -> new InvalidInputException("sectors", "error.sector.unknown", code));
            if (!actor.scope().sectors().isEmpty() && !actor.scope().sectors().contains(sector)) {
                throw new ForbiddenException("error.scope.sector");
            }
            sectors.add(sector.name());
        }
        var classes = new ArrayList<String>();
        for (var code : request.supervisionClasses() == null ? List.<String>of() : request.supervisionClasses()) {
            var chosen = InputValues.code(
                            SupervisionClass.class, "supervisionClasses", code == null ? "" : code.strip())
                    .name();
            if (!classes.contains(chosen)) {
                classes.add(chosen);
            }
        }
        int count = range("count", request.count(), 1, 1000);
        int perTeam = range("inspectorsPerTeam", request.inspectorsPerTeam(), 2, 10);
        var exclude = request.excludeInspectedWithinDays() == null
                ? null
                : range("excludeInspectedWithinDays", request.excludeInspectedWithinDays(), 1, 3660);
        var avoidDays = request.avoidOwnTargetsWithinDays() == null
                ? null
                : range("avoidOwnTargetsWithinDays", request.avoidOwnTargetsWithinDays(), 1, 3660);
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong() & Long.MAX_VALUE;
        var now = clock.instant();
        var pool = store.pool(region.subtreePrefix(), sectors, classes, actor.scope(), exclude, now);
        var roster = recipients.departmentStaff(List.of(departmentId)).stream()
                .map(Recipients.Recipient::userId)
                .sorted()
                .toList();
        if (count > pool.size()) {
            throw new InvalidInputException("count", "error.inspection.poolTooSmall", count, pool.size());
        }
        if (perTeam > roster.size()) {
            throw new InvalidInputException(
                    "inspectorsPerTeam", "error.inspection.rosterTooSmall", perTeam, roster.size());
        }
        var avoid = store.avoid(pool, roster, avoidDays, now);
        var teams = DrawAlgorithm.draw(seed, pool, roster, count, perTeam, avoid);
        long id = store.insert(
                departmentId,
                region.value(),
                sectors,
                classes,
                count,
                perTeam,
                exclude,
                avoidDays,
                seed,
                pool,
                roster,
                avoid,
                teams,
                now,
                actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "inspection.draw",
                "inspection-draw:" + id,
                Map.of(
                        "seed",
                        seed,
                        "pool",
                        pool.size(),
                        "drawn",
                        teams.stream().map(DrawAlgorithm.Team::enterpriseId).toList())));
        return get(actor, id);
    }

    public Draw get(Actor actor, long id) {
        requireReader(actor);
        return store.find(id, actor.scope())
                .orElseThrow(() -> new NotFoundException("error.inspection.drawNotFound", id));
    }

    public List<Draw> list(Actor actor) {
        requireReader(actor);
        return store.list(actor.scope(), 100);
    }

    /**
     * Re-runs the draw: the algorithm over the recorded seed, pool, roster and avoidances must give the recorded
     * teams, and the register read again with the draw's parameters as of the draw's time must give the recorded
     * pool (an enterprise added to or removed from it since is named).
     */
    public Verification verify(Actor actor, long id) {
        var draw = get(actor, id);
        var teams = DrawAlgorithm.draw(
                draw.seed(), draw.pool(), draw.roster(), draw.count(), draw.inspectorsPerTeam(), draw.avoid());
        var region = new org.safeledger.shared.RegionCode(draw.regionCode());
        var pool = store.pool(
                region.subtreePrefix(),
                draw.sectors(),
                draw.supervisionClasses(),
                org.safeledger.shared.DataScope.region(region),
                draw.excludeInspectedWithinDays(),
                draw.createdAt());
        var added = pool.stream().filter(e -> !draw.pool().contains(e)).toList();
        var removed = draw.pool().stream().filter(e -> !pool.contains(e)).toList();
        boolean resultMatches = teams.equals(draw.teams());
        boolean poolMatches = added.isEmpty() && removed.isEmpty();
        return new Verification(resultMatches && poolMatches, resultMatches, poolMatches, added, removed);
    }

    /** api.md's {@code {reproducible}}, with what differs. */
    public record Verification(
            boolean reproducible,
            boolean resultMatches,
            boolean poolMatches,
            List<Long> addedToPool,
            List<Long> removedFromPool) {}

    /** Draws are the regulators' (an enterprise must not learn of an unannounced inspection from them). */
    private static void requireReader(Actor actor) {
        actor.require(Permission.INSPECTION_READ);
        if (actor.scope().enterpriseId() != null) {
            throw new ForbiddenException("error.forbidden.permission", Permission.INSPECTION_ENFORCE.code());
        }
    }

    private static int range(String field, Integer value, int min, int max) {
        if (value == null) {
            throw new InvalidInputException(field, "error.field.required");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, "error.inspection.range", min, max);
        }
        return value;
    }
}
