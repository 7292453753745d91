package org.safeledger.hazard;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's readings: a filtered page, the export stream, counts by status, the home page's numbers and the
 * escalation view, each one query shape assembled from fixed SQL fragments with bound parameters (ADR 0007).
 */
@Repository
class LedgerQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    LedgerQueries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    PageResult<LedgerEntry> list(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone, PageRequest page) {
        var where = where(scope, filter, today, zone, true);
        long total = jdbc.sql("SELECT count(*) FROM hazard h WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        // Deferred join: the page's ids come from the ledger index alone (an index-only scan that skips the offset
        // without visiting the table); only the page's own rows are then read and joined.
        var items = jdbc.sql("SELECT h.*, e.name AS enterprise_name, d.name AS listing_department_name"
                        + " FROM (SELECT h.id FROM hazard h WHERE " + where.sql()
                        + " ORDER BY " + filter.sort().sql + " LIMIT :limit OFFSET :offset) page"
                        + " JOIN hazard h ON h.id = page.id JOIN enterprise e ON e.id = h.enterprise_id"
                        + " LEFT JOIN department d ON d.id = h.listing_department_id"
                        + " ORDER BY " + filter.sort().sql)
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Hazards::map)
                .list();
        return new PageResult<>(items, total);
    }

    /** One exported row: the hazard, and its enterprise's credit code. */
    @FunctionalInterface
    interface ExportRow {
        void accept(LedgerEntry entry, @Nullable String creditCode);
    }

    /**
     * Every hazard of the filtered ledger, in the ledger's order, handed over one at a time from a server-side
     * cursor (fetched 500 rows at a time), so an export never holds the ledger in memory. Runs inside the caller's
     * transaction (PostgreSQL keeps cursors only in one).
     */
    void stream(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone, ExportRow row) {
        var where = where(scope, filter, today, zone, true);
        var cursor = new JdbcTemplate(java.util.Objects.requireNonNull(batches.getDataSource()));
        cursor.setFetchSize(500);
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(cursor)
                .query(
                        "SELECT h.*, e.name AS enterprise_name, e.credit_code, d.name AS listing_department_name"
                                + " FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"
                                + " LEFT JOIN department d ON d.id = h.listing_department_id WHERE " + where.sql()
                                + " ORDER BY " + filter.sort().sql,
                        where.params(),
                        (ResultSet rs) -> {
                            row.accept(Hazards.map(rs, 0), rs.getString("credit_code"));
                        });
    }

    /** How many hazards in each status under the filters other than status. */
    Map<HazardStatus, Long> countByStatus(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone) {
        var where = where(scope, filter, today, zone, false);
        var counts = new EnumMap<HazardStatus, Long>(HazardStatus.class);
        Arrays.stream(HazardStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.sql("SELECT status, count(*) AS n FROM hazard h WHERE " + where.sql() + " GROUP BY status")
                .params(where.params())
                .query(rs -> {
                    counts.put(HazardStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** The home page's numbers for a scope, in one scan of the scope's hazards. */
    HazardWorkload workload(DataScope scope, LocalDate today) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        params.put("today", java.sql.Date.valueOf(today));
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE h.status = 'SUBMITTED') AS awaiting,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING')) AS owed,
                               count(*) FILTER (WHERE h.status = 'RECTIFYING') AS rectifying,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today) AS overdue,
                               count(*) FILTER (WHERE h.grade = 'MAJOR' AND h.status <> 'CLOSED') AS major_open,
                               count(*) FILTER (WHERE h.grade = 'MAJOR' AND h.status = 'SUBMITTED') AS major_awaiting,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.escalation_tier = 3) AS to_leaders,
                               count(*) FILTER (WHERE h.listing_level IS NOT NULL AND h.status <> 'CLOSED') AS listed_open
                        FROM hazard h WHERE""" + " " + (sql.isEmpty() ? "TRUE" : String.join(" AND ", sql)))
                .params(params)
                .query((rs, i) -> new HazardWorkload(
                        rs.getLong("awaiting"),
                        rs.getLong("owed"),
                        rs.getLong("rectifying"),
                        rs.getLong("overdue"),
                        rs.getLong("major_open"),
                        rs.getLong("major_awaiting"),
                        rs.getLong("to_leaders"),
                        rs.getLong("listed_open")))
                .single();
    }

    /**
     * Overdue rectifications under a region, by the region's next level down (a county: by enterprise), with how
     * far each has been escalated. Reads the owed hazards past their deadline only (the open-deadline index).
     */
    List<EscalationRow> escalations(DataScope scope, @Nullable String regionPrefix, LocalDate today) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        var prefix = regionPrefix != null ? regionPrefix : scope.region().subtreePrefix();
        var filterRegion = region(prefix, "filterRegion", params);
        if (filterRegion != null) {
            sql.add(filterRegion);
        }
        sql.add("h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today");
        params.put("today", java.sql.Date.valueOf(today));
        var byEnterprise = prefix.length() == 6;
        var area = switch (prefix.length()) {
            case 0 -> "h.province_code";
            case 2 -> "h.city_code";
            case 4 -> "h.region_code";
            default -> "h.enterprise_id::text";
        };
        var name = byEnterprise
                ? "(SELECT e.name FROM enterprise e WHERE e.id = a.area::bigint)"
                : "(SELECT r.name FROM region r WHERE r.code = rpad(a.area, 6, '0'))";
        return jdbc.sql("SELECT a.*, " + name + " AS name FROM (SELECT " + area + " AS area, count(*) AS overdue,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 1) AS tier1,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 2) AS tier2,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 3) AS tier3"
                        + " FROM hazard h WHERE " + String.join(" AND ", sql) + " GROUP BY 1) a"
                        + " ORDER BY a.tier3 DESC, a.tier2 DESC, a.overdue DESC, a.area")
                .params(params)
                .query((rs, i) -> new EscalationRow(
                        byEnterprise ? null : rpad(rs.getString("area")),
                        byEnterprise ? Long.valueOf(rs.getString("area")) : null,
                        rs.getString("name"),
                        rs.getLong("overdue"),
                        rs.getLong("tier1"),
                        rs.getLong("tier2"),
                        rs.getLong("tier3")))
                .list();
    }

    private static String rpad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static Where where(DataScope scope, HazardFilter f, LocalDate today, ZoneId zone, boolean withStatus) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        var filterRegion = f.regionPrefix() == null ? null : region(f.regionPrefix(), "filterRegion", params);
        if (filterRegion != null) {
            sql.add(filterRegion);
        }
        if (f.enterpriseId() != null) {
            sql.add("h.enterprise_id = :enterpriseId");
            params.put("enterpriseId", f.enterpriseId());
        }
        if (f.sector() != null) {
            sql.add("h.sector = :sector");
            params.put("sector", f.sector().name());
        }
        if (f.grade() != null) {
            sql.add("h.grade = :grade");
            params.put("grade", f.grade().name());
        }
        if (withStatus && !f.statuses().isEmpty()) {
            sql.add("h.status = ANY(string_to_array(:statuses, ','))");
            params.put("statuses", f.statuses().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (f.overdue() != null) {
            var overdue = "(h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today)";
            sql.add(f.overdue() ? overdue : "NOT COALESCE(" + overdue + ", false)");
            params.put("today", java.sql.Date.valueOf(today));
        }
        if (f.escalationTier() != null) {
            sql.add("h.escalation_tier = :tier AND h.status IN ('REPORTED', 'RECTIFYING')");
            params.put("tier", f.escalationTier());
        }
        if (Boolean.TRUE.equals(f.suspended())) {
            sql.add("h.id IN (SELECT s.hazard_id FROM hazard_suspension s WHERE s.lifted_at IS NULL)");
        }
        if (f.riskPointId() != null) {
            sql.add("h.risk_point_id = :riskPointId");
            params.put("riskPointId", f.riskPointId());
        }
        if (f.listed() != null) {
            sql.add(f.listed() ? "h.listing_level IS NOT NULL" : "h.listing_level IS NULL");
        }
        if (f.source() != null) {
            sql.add("h.source = :source");
            params.put("source", f.source().name());
        }
        if (f.from() != null) {
            sql.add("h.discovered_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            sql.add("h.discovered_at < :to");
            params.put(
                    "to", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.closedFrom() != null) {
            sql.add("h.closed_at >= :closedFrom");
            params.put(
                    "closedFrom",
                    Timestamp.from(f.closedFrom().atStartOfDay(zone).toInstant()));
        }
        if (f.closedTo() != null) {
            sql.add("h.closed_at < :closedTo");
            params.put(
                    "closedTo",
                    Timestamp.from(f.closedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.text() != null) {
            // the user's text is matched literally: %, _ and \ in it are escaped, never wildcards
            // a hazard's number (42, or #42 as pages show it) finds that hazard too
            var number = f.text().strip().replaceFirst("^[#＃]", "");
            var byNumber = number.matches("\\d{1,18}") ? " OR h.id = :number" : "";
            if (!byNumber.isEmpty()) {
                params.put("number", Long.parseLong(number));
            }
            sql.add(
                    "(h.id IN (SELECT t.hazard_id FROM hazard_text t WHERE t.text ILIKE '%' || :text || '%' ESCAPE '\\')"
                            + byNumber + ")");
            params.put(
                    "text", f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return new Where(sql.isEmpty() ? "TRUE" : String.join(" AND ", sql), params);
    }

    private record Where(String sql, Map<String, Object> params) {}

    /**
     * The reader's data scope, in one place for every hazard query: the region subtree at its level, the
     * sectors when the reader is limited to some, the enterprise for enterprise users. Each part is present only
     * when it restricts, so that PostgreSQL's cached (generic) plans need no catch-all predicates.
     */
    static void scope(DataScope scope, List<String> sql, Map<String, Object> params) {
        var region = region(scope.region().subtreePrefix(), "scopeRegion", params);
        if (region != null) {
            sql.add(region);
        }
        if (!scope.sectors().isEmpty()) {
            sql.add("h.sector = ANY(string_to_array(:scopeSectors, ','))");
            params.put(
                    "scopeSectors",
                    scope.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (scope.enterpriseId() != null) {
            sql.add("h.enterprise_id = :scopeEnterpriseId");
            params.put("scopeEnterpriseId", scope.enterpriseId());
        }
    }

    /**
     * A region subtree as an equality on the column of its level (province, prefecture, county), which the ledger
     * indexes walk in order; null for the whole country.
     */
    private static @Nullable String region(String prefix, String parameter, Map<String, Object> params) {
        var column = switch (prefix.length()) {
            case 0 -> null;
            case 2 -> "h.province_code";
            case 4 -> "h.city_code";
            case 6 -> "h.region_code";
            default -> throw new IllegalArgumentException("not a region prefix: " + prefix);
        };
        if (column == null) {
            return null;
        }
        params.put(parameter, prefix);
        return column + " = :" + parameter;
    }
}
