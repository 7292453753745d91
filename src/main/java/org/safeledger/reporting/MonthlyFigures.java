package org.safeledger.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a month that a report states and the next report checks again (its corrections): counts of the
 * month's records, keyed by a stable name.
 */
final class MonthlyFigures {

    private MonthlyFigures() {}

    static Map<String, Long> of(Overview o) {
        var f = new LinkedHashMap<String, Long>();
        var h = o.hazards();
        f.put("hazards.found", h.found());
        f.put("hazards.foundMajor", h.foundByGrade().getOrDefault(org.safeledger.hazard.HazardGrade.MAJOR, 0L));
        f.put("hazards.closed", h.closed());
        f.put("hazards.closedOnTime", h.closedOnTime());
        if (o.accidents() != null) {
            f.put("accidents.total", o.accidents().total());
            f.put("accidents.deaths", o.accidents().deaths());
        }
        if (o.enforcement() != null) {
            o.enforcement().byType().forEach((type, n) -> f.put("enforcement." + type, n));
            f.put("enforcement.penaltyYuan", o.enforcement().penaltyYuan());
        }
        return f;
    }

    /** A figure of last month as issued and as counted now, when they differ. */
    record Correction(String figure, long asIssued, long now) {}

    static java.util.List<Correction> corrections(Map<String, Long> issued, Map<String, Long> now) {
        return issued.entrySet().stream()
                .filter(e -> now.containsKey(e.getKey()) && !now.get(e.getKey()).equals(e.getValue()))
                .map(e -> new Correction(e.getKey(), e.getValue(), now.get(e.getKey())))
                .toList();
    }
}
