package org.safeledger.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeledger.hazard.HazardFilter;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers a region's monthly report: read as the region itself (every sector, every record of its subtree), so that
 * a report is the region's whoever asks for it first.
 */
@Component
class MonthlyReportContent {

    static final int WORST_ITEMS = 15;

    private final RegionStatistics statistics;
    private final HazardLedger ledger;
    private final Clock clock;

    MonthlyReportContent(RegionStatistics statistics, HazardLedger ledger, Clock clock) {
        this.statistics = statistics;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The reader the report is counted as: the region's own view, nobody's narrower one. */
    static Actor regionReader(RegionCode region) {
        return new Actor(
                0, "monthly-report", "monthly-report", Set.of(Role.ADMINISTRATOR), DataScope.region(region), null);
    }

    MonthlyReportData gather(RegionCode region, YearMonth month, Map<String, Long> lastMonthAsIssued) {
        var reader = regionReader(region);
        var request = new StatisticsRequest(region, null, month.atDay(1), month.atEndOfMonth());
        var overview = statistics.overview(reader, request);
        var lastYear = statistics.overview(reader, request.yearEarlier());
        var trendRequest =
                new StatisticsRequest(region, null, month.minusMonths(11).atDay(1), month.atEndOfMonth());
        var trend = statistics.trend(reader, trendRequest, false);
        var labels = trend.points().stream()
                .map(p -> p.period().toString().substring(0, 7))
                .toList();
        var worst = ledger.list(reader, HazardFilter.overdueIn(region.subtreePrefix()), new PageRequest(0, WORST_ITEMS))
                .items();
        var previous = month.minusMonths(1);
        var previousNow = MonthlyFigures.of(statistics.overview(
                reader, new StatisticsRequest(region, null, previous.atDay(1), previous.atEndOfMonth())));
        return new MonthlyReportData(
                region.value(),
                statistics.name(region),
                month,
                clock.instant(),
                overview,
                lastYear,
                statistics.children(reader, request),
                trend,
                labels,
                List.copyOf(worst),
                MonthlyFigures.corrections(lastMonthAsIssued, previousNow),
                MonthlyFigures.of(overview));
    }
}
