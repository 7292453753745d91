package org.safeledger.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeledger.accident.AccidentLevel;
import org.safeledger.enforcement.DocumentType;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.shared.Sector;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure drills down to: the ledger or list holding its records, filtered exactly as the figure counts
 * (the region, the sector, the days found or closed or issued), so the list's count is the figure. One place for
 * the pages, the API and the monthly report.
 */
final class StatisticsLinks {

    private static final String OPEN = "REPORTED,RECTIFYING,SUBMITTED";

    private StatisticsLinks() {}

    static Map<String, String> of(StatisticsRequest r, boolean accidents, boolean enforcement, boolean items) {
        var links = new LinkedHashMap<String, String>();
        links.put("hazards.found", found(r).toUriString());
        for (var grade : HazardGrade.values()) {
            links.put(
                    "hazards.found.grade." + grade,
                    found(r).queryParam("grade", grade).toUriString());
        }
        for (var status : HazardStatus.values()) {
            links.put(
                    "hazards.found.status." + status,
                    found(r).queryParam("status", status).toUriString());
            links.put(
                    "hazards.now.status." + status,
                    hazards(r).queryParam("status", status).toUriString());
        }
        for (var source : HazardSource.values()) {
            links.put(
                    "hazards.found.source." + source,
                    found(r).queryParam("source", source).toUriString());
        }
        if (r.sector() == null) {
            for (var sector : Sector.values()) {
                links.put(
                        "hazards.found.sector." + sector,
                        found(r).queryParam("sector", sector).toUriString());
            }
        }
        links.put("hazards.foundOverdue", found(r).queryParam("overdue", true).toUriString());
        links.put(
                "hazards.closed",
                hazards(r)
                        .queryParam("closedFrom", r.from())
                        .queryParam("closedTo", r.to())
                        .toUriString());
        links.put("hazards.now.open", hazards(r).queryParam("status", OPEN).toUriString());
        links.put("hazards.now.overdue", hazards(r).queryParam("overdue", true).toUriString());
        for (int tier = 1; tier <= 3; tier++) {
            links.put(
                    "hazards.now.tier." + tier,
                    hazards(r).queryParam("tier", tier).toUriString());
        }
        links.put(
                "hazards.now.listed",
                hazards(r).queryParam("listed", true).queryParam("status", OPEN).toUriString());
        links.put(
                "hazards.now.major",
                hazards(r)
                        .queryParam("grade", HazardGrade.MAJOR)
                        .queryParam("status", OPEN)
                        .toUriString());
        if (accidents) {
            links.put("accidents.total", period(r, "/accidents").toUriString());
            for (var level : AccidentLevel.values()) {
                links.put(
                        "accidents.level." + level,
                        period(r, "/accidents").queryParam("level", level).toUriString());
            }
        }
        if (enforcement) {
            for (var type : DocumentType.values()) {
                links.put(
                        "enforcement.type." + type,
                        period(r, "/enforcement").queryParam("type", type).toUriString());
            }
        }
        if (items) {
            var list = in(r, UriComponentsBuilder.fromPath("/rectifications"));
            links.put("items.total", list.toUriString());
            links.put(
                    "items.closed",
                    list.cloneBuilder().queryParam("status", "CLOSED").toUriString());
            links.put(
                    "items.overdue",
                    list.cloneBuilder().queryParam("overdue", true).toUriString());
        }
        return links;
    }

    private static UriComponentsBuilder hazards(StatisticsRequest r) {
        var b = in(r, UriComponentsBuilder.fromPath("/hazards"));
        return r.sector() == null ? b : b.queryParam("sector", r.sector());
    }

    /** The region as the lists take it; the whole country is no filter at all. */
    private static UriComponentsBuilder in(StatisticsRequest r, UriComponentsBuilder b) {
        return r.region().equals(org.safeledger.shared.RegionCode.COUNTRY)
                ? b
                : b.queryParam("regionCode", r.region().value());
    }

    private static UriComponentsBuilder found(StatisticsRequest r) {
        return hazards(r).queryParam("from", r.from()).queryParam("to", r.to());
    }

    private static UriComponentsBuilder period(StatisticsRequest r, String path) {
        return in(r, UriComponentsBuilder.fromPath(path))
                .queryParam("from", r.from())
                .queryParam("to", r.to());
    }
}
