package org.safeledger.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentStatistics;
import org.safeledger.enforcement.EnforcementDocuments;
import org.safeledger.hazard.HazardFigures;
import org.safeledger.shared.Sector;

/**
 * The statistics of a region for a period, each part present when the reader may read it; {@code links} names, per
 * figure, the list that holds its records under the same filters (the figure is that list's count).
 */
public record Overview(
        String regionCode,
        String regionName,
        @Nullable Sector sector,
        LocalDate from,
        LocalDate to,
        HazardFigures hazards,
        Rates rates,
        AccidentStatistics.@Nullable Totals accidents,
        EnforcementDocuments.@Nullable Totals enforcement,
        @Nullable Items rectificationItems,
        List<ActiveCampaign> campaigns,
        Map<String, String> links) {

    /** The hazard rates: closed of those found in the period (整改率), closed on time (按期整改率). */
    public record Rates(
            @Nullable Double rectification, @Nullable Double onTime) {}

    /** Rectification items of departments and governments (tour findings, directives...) in the region, now. */
    public record Items(long total, long open, long closed, long overdue) {}

    /** A campaign under way over the region. */
    public record ActiveCampaign(long id, String title, LocalDate until) {}
}
