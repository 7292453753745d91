package org.safeledger.hazard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Service;

/**
 * The hazard statistics of a region in the reader's scope, for a period: read from the tallies the ledger keeps on
 * every write (exact at every instant), an enterprise reader's from its own hazards by the same rule. Each count
 * equals what the ledger lists under the same filters ({@code /hazards?regionCode=&from=&to=...}).
 */
@Service
public class HazardStatistics {

    /** The longest period a statistic covers (ten years of days). */
    static final long MAX_DAYS = 3660;

    private final TallyQueries tallies;
    private final HazardLedger ledger;

    HazardStatistics(TallyQueries tallies, HazardLedger ledger) {
        this.tallies = tallies;
        this.ledger = ledger;
    }

    /** Today in the configured zone (the statistics' default period ends today). */
    public LocalDate today() {
        return ledger.today();
    }

    public HazardFigures figures(
            Actor actor, RegionCode region, @Nullable Sector sector, LocalDate from, LocalDate to) {
        return tallies.figures(scope(actor, region, sector, from, to), ledger.today());
    }

    /** The figures of each child region one level down (provinces of the country, prefectures, counties). */
    public Map<String, RegionTally> byChild(
            Actor actor, RegionCode region, @Nullable Sector sector, LocalDate from, LocalDate to) {
        return tallies.byChild(scope(actor, region, sector, from, to), ledger.today());
    }

    /** Every month (or ISO week) from the one holding {@code from} to the one holding {@code to}, empty ones as 0. */
    public List<TrendPoint> trend(
            Actor actor, RegionCode region, @Nullable Sector sector, LocalDate from, LocalDate to, boolean weekly) {
        var found = tallies.trend(scope(actor, region, sector, from, to), ledger.today(), weekly);
        var points = new ArrayList<TrendPoint>();
        var byPeriod = new java.util.HashMap<LocalDate, TrendPoint>();
        found.forEach(p -> byPeriod.put(p.period(), p));
        for (var period = periodOf(from, weekly); !period.isAfter(to); period = next(period, weekly)) {
            points.add(byPeriod.getOrDefault(period, new TrendPoint(period, 0, 0, 0)));
        }
        return points;
    }

    static LocalDate periodOf(LocalDate day, boolean weekly) {
        return weekly ? day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    private static LocalDate next(LocalDate period, boolean weekly) {
        return weekly ? period.plusWeeks(1) : period.plusMonths(1);
    }

    /**
     * The reader's part of the request: the region must lie in the reader's region (403 otherwise), the sector among
     * the reader's sectors; an enterprise reader counts its own hazards only.
     */
    private static TallyScope scope(
            Actor actor, RegionCode region, @Nullable Sector sector, LocalDate from, LocalDate to) {
        actor.require(Permission.HAZARD_READ);
        var own = actor.scope();
        if (!own.region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "error.statistics.period");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("from", "error.statistics.periodTooLong", MAX_DAYS);
        }
        Set<Sector> sectors = own.sectors();
        if (sector != null) {
            if (!sectors.isEmpty() && !sectors.contains(sector)) {
                throw new ForbiddenException("error.scope.sector", sector.name());
            }
            sectors = Set.of(sector);
        }
        return new TallyScope(region.subtreePrefix(), sectors, own.enterpriseId(), from, to);
    }
}
