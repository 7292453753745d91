package org.safeledger.reporting.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Region;
import org.safeledger.org.RegionDirectory;
import org.safeledger.reporting.RegionStatistics;
import org.safeledger.reporting.StatisticsProperties;
import org.safeledger.reporting.StatisticsRequest;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard (统计看板): one page for every reader, shaped by the reader's scope — a leader's region with its map, a
 * department's sectors, an enterprise's own figures. Every figure links to the list holding its records.
 */
@Controller
class DashboardPage {

    private final RegionStatistics statistics;
    private final RegionDirectory regions;
    private final StatisticsProperties properties;
    private final org.safeledger.reporting.MonthlyReports reports;
    private final JsonMapper json;

    DashboardPage(
            RegionStatistics statistics,
            RegionDirectory regions,
            StatisticsProperties properties,
            org.safeledger.reporting.MonthlyReports reports,
            JsonMapper json) {
        this.statistics = statistics;
        this.regions = regions;
        this.properties = properties;
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "MONTH") String interval,
            Model model) {
        boolean weekly = InputValues.code(StatisticsApi.Interval.class, "interval", interval.toUpperCase(Locale.ROOT))
                == StatisticsApi.Interval.WEEK;
        var request = StatisticsRequest.of(actor, regionCode, sector, from, to, statistics.today());
        var overview = statistics.overview(actor, request);
        model.addAttribute("overview", overview);
        model.addAttribute("request", request);
        model.addAttribute("weekly", weekly);
        boolean enterprise = actor.scope().enterpriseId() != null;
        var children =
                enterprise ? List.<org.safeledger.reporting.RegionFigure>of() : statistics.children(actor, request);
        model.addAttribute("children", children);
        var trend = statistics.trend(actor, request, weekly);
        model.addAttribute("trend", trend);
        model.addAttribute(
                "trendLabels",
                trend.points().stream().map(p -> StatisticsApi.label(p, weekly)).toList());
        model.addAttribute("chartData", chartData(trend, weekly, children));
        model.addAttribute("path", path(actor, request.region()));
        model.addAttribute(
                "sectors",
                actor.scope().sectors().isEmpty()
                        ? List.of(Sector.values())
                        : actor.scope().sectors().stream().sorted().toList());
        model.addAttribute("mapApprovalNumber", properties.mapApprovalNumber());
        model.addAttribute("colour", properties.colour());
        model.addAttribute("reports", MonthlyReportApi.months(actor, request.region(), reports));
        return "reporting/dashboard";
    }

    /** The region and its ancestors within the reader's scope, top first (the breadcrumb to go back up). */
    private List<Region> path(Actor actor, RegionCode region) {
        if (region.equals(RegionCode.COUNTRY)) {
            return List.of();
        }
        return regions.path(region.value()).stream()
                .filter(r -> actor.scope().region().contains(r.regionCode()))
                .toList();
    }

    /** The charts' data for dashboard.js (a JSON block, not a script: the page's CSP allows no inline script). */
    private String chartData(
            RegionStatistics.Trend trend, boolean weekly, List<org.safeledger.reporting.RegionFigure> children) {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("points", StatisticsApi.points(trend.points(), weekly));
        data.put("lastYear", StatisticsApi.points(trend.lastYear(), weekly));
        data.put(
                "children",
                children.stream()
                        .map(c -> java.util.Map.of(
                                "name", c.name(),
                                "open", c.hazards().open(),
                                "overdue", c.hazards().overdue()))
                        .toList());
        return json.writeValueAsString(data);
    }
}
