package org.safeledger.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.TrendPoint;
import org.safeledger.reporting.Overview;
import org.safeledger.reporting.RegionFigure;
import org.safeledger.reporting.RegionStatistics;
import org.safeledger.reporting.StatisticsRequest;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics of a region for a period, its children on the map, its trend (api.md, "Statistics and reports"). */
@RestController
class StatisticsApi {

    private final RegionStatistics statistics;

    StatisticsApi(RegionStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics")
    Overview overview(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return statistics.overview(
                actor, StatisticsRequest.of(actor, regionCode, sector, from, to, statistics.today()));
    }

    @GetMapping("/api/v1/statistics/regions")
    Map<String, Object> regions(
            Actor actor,
            @RequestParam(required = false) @Nullable String parentCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        var request = StatisticsRequest.of(actor, parentCode, sector, from, to, statistics.today());
        return Map.of(
                "items",
                statistics.children(actor, request).stream()
                        .map(StatisticsApi::item)
                        .toList());
    }

    @GetMapping("/api/v1/statistics/trend")
    Map<String, Object> trend(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "MONTH") String interval) {
        boolean weekly =
                InputValues.code(Interval.class, "interval", interval.toUpperCase(Locale.ROOT)) == Interval.WEEK;
        var request = StatisticsRequest.of(actor, regionCode, sector, from, to, statistics.today());
        var trend = statistics.trend(actor, request, weekly);
        var body = new LinkedHashMap<String, Object>();
        body.put("interval", trend.interval());
        body.put("points", points(trend.points(), weekly));
        body.put("lastYear", points(trend.lastYear(), weekly));
        return body;
    }

    enum Interval {
        MONTH,
        WEEK
    }

    static List<Map<String, Object>> points(List<TrendPoint> points, boolean weekly) {
        return points.stream()
                .map(p -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("period", label(p, weekly));
                    m.put("start", p.period());
                    m.put("found", p.found());
                    m.put("closed", p.closed());
                    m.put("overdue", p.overdue());
                    return (Map<String, Object>) m;
                })
                .toList();
    }

    /** A month as {@code 2026-03}, an ISO week as {@code 2026-W10}. */
    static String label(TrendPoint p, boolean weekly) {
        return weekly
                ? p.period().format(DateTimeFormatter.ofPattern("YYYY-'W'ww", Locale.ROOT))
                : p.period().format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
    }

    private static Map<String, Object> item(RegionFigure f) {
        var hazards = new LinkedHashMap<String, Object>();
        hazards.put("found", f.hazards().found());
        hazards.put("closed", f.hazards().closed());
        hazards.put("open", f.hazards().open());
        hazards.put("overdue", f.hazards().overdue());
        hazards.put("major", f.hazards().majorOpen());
        hazards.put("listed", f.hazards().listedOpen());
        hazards.put("escalatedToLeaders", f.hazards().escalatedToLeaders());
        var m = new LinkedHashMap<String, Object>();
        m.put("regionCode", f.regionCode());
        m.put("name", f.name());
        m.put("hazards", hazards);
        m.put("rectificationRate", f.rectificationRate());
        m.put("accidents", f.accidents());
        m.put("deaths", f.deaths());
        m.put("majorRisks", f.majorRisks());
        m.put("largerRisks", f.largerRisks());
        m.put("points", f.points());
        m.put("colour", f.colour());
        return m;
    }
}
