package org.safeledger.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.safeledger.hazard.LedgerEntry;

/**
 * What a monthly report says: the month's statistics and those of the same month a year before, the region's
 * children on the map, twelve months of trend, the worst items (the longest-overdue rectifications), and the
 * corrections to last month's report.
 */
record MonthlyReportData(
        String regionCode,
        String regionName,
        YearMonth month,
        Instant issuedAt,
        Overview overview,
        Overview lastYear,
        List<RegionFigure> children,
        RegionStatistics.Trend trend,
        List<String> trendLabels,
        List<LedgerEntry> worst,
        List<MonthlyFigures.Correction> corrections,
        Map<String, Long> figures) {}
