package org.safeledger.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statistics and reports ({@code safeledger.statistics.*}).
 *
 * @param colour the region map's formula (docs/statistics.md): points per fact, and the points at which a region
 *     turns blue → yellow → orange → red
 * @param mapApprovalNumber the map approval number (审图号) shown under the map when the deployment has one
 * @param monthlyCron when the monthly reports of the previous month are issued (the 1st at 06:00 by default)
 * @param monthlyRegions the regions whose monthly reports the job issues (region codes; none: the top regions of the
 *     deployment, the provinces that hold enterprises)
 */
@ConfigurationProperties("safeledger.statistics")
public record StatisticsProperties(
        @DefaultValue Colour colour,
        @Nullable String mapApprovalNumber,
        @DefaultValue("0 0 6 1 * *") String monthlyCron,
        @DefaultValue({}) java.util.List<String> monthlyRegions) {

    /**
     * Points per fact of a region: open major hazards, rectifications overdue, overdue ones escalated to the leaders,
     * accidents in the period, deaths in them, and risk points at the major (red) and larger (orange) levels; and the
     * thresholds of the colours.
     */
    public record Colour(
            @DefaultValue("3") int majorHazard,
            @DefaultValue("1") int overdue,
            @DefaultValue("2") int escalated,
            @DefaultValue("5") int accident,
            @DefaultValue("10") int death,
            @DefaultValue("2") int majorRisk,
            @DefaultValue("1") int largerRisk,
            @DefaultValue("5") int yellowAt,
            @DefaultValue("15") int orangeAt,
            @DefaultValue("30") int redAt) {}
}
