package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * Which hazards a statistic counts: a region subtree (its code prefix, already checked against the reader's scope),
 * the sectors (the reader's remit, narrowed by a chosen sector; empty for all), an enterprise for enterprise
 * readers, and the days of the period (inclusive, local days of the configured zone).
 */
record TallyScope(
        String prefix, Set<Sector> sectors, @Nullable Long enterpriseId, LocalDate from, LocalDate to) {

    /**
     * The rows of one rollup ({@code F} found, {@code C} closed, {@code O} open) in the scope's region and sectors,
     * with the pending deltas; for an enterprise, the same contributions computed from its own hazards (the function
     * the write trigger uses), so both readings follow one rule.
     */
    String relation(char kind, Map<String, Object> params) {
        var sectorSql = "";
        if (!sectors.isEmpty()) {
            sectorSql = " AND t.sector = ANY(string_to_array(:sectors, ','))";
            params.put("sectors", sectors.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (enterpriseId != null) {
            params.put("enterpriseId", enterpriseId);
            params.put("prefix", prefix);
            return "(SELECT t.* FROM hazard h, hazard_tally_contributions(h.region_code, h.sector, h.grade,"
                    + " h.source, h.status, h.discovered_at, h.closed_at, h.deadline, h.escalation_tier, h.listing_level,"
                    + " 1, (SELECT zone FROM hazard_tally_setting)) t"
                    + " WHERE h.enterprise_id = :enterpriseId AND h.region_code LIKE :prefix || '%' AND t.kind = '"
                    + kind + "'" + sectorSql + ")";
        }
        var table = switch (kind) {
            case 'F' -> "hazard_found_tally";
            case 'C' -> "hazard_closed_tally";
            case 'O' -> "hazard_open_tally";
            default -> throw new IllegalArgumentException("no rollup " + kind);
        };
        var columns = switch (kind) {
            case 'F' -> "t.region_code, t.day, t.sector, t.grade, t.source, t.status, t.n";
            case 'C' -> "t.region_code, t.day, t.sector, t.grade, t.source, t.days, t.on_time, t.n";
            default -> "t.region_code, t.day, t.sector, t.grade, t.source, t.status, t.tier, t.listed, t.deadline, t.n";
        };
        var region = switch (prefix.length()) {
            case 0 -> "TRUE";
            case 2 -> "t.province_code = :prefix";
            case 4 -> "t.city_code = :prefix";
            case 6 -> "t.region_code = :prefix";
            default -> throw new IllegalArgumentException("not a region prefix: " + prefix);
        };
        params.put("prefix", prefix);
        return "(SELECT " + columns + " FROM " + table + " t WHERE " + region + sectorSql
                + " UNION ALL SELECT " + columns + " FROM hazard_tally_delta t WHERE t.kind = '" + kind
                + "' AND t.region_code LIKE :prefix || '%'" + sectorSql + ")";
    }

    /** The period's days, as a predicate on a relation's {@code day}. */
    String inPeriod(String alias, Map<String, Object> params) {
        params.put("from", java.sql.Date.valueOf(from));
        params.put("to", java.sql.Date.valueOf(to));
        return alias + ".day BETWEEN :from AND :to";
    }
}
