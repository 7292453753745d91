package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics' readings of the hazard tallies (rollups plus pending deltas, or an enterprise's own hazards). */
@Repository
class TallyQueries {

    private static final String OWED_PAST_DEADLINE = "r.status IN ('REPORTED', 'RECTIFYING') AND r.deadline < :today";

    private final JdbcClient jdbc;

    /** The statistics read from the replica when one is configured (spring.datasource.replica.*). */
    TallyQueries(org.safeledger.platform.ReadReplica replica) {
        this.jdbc = replica.jdbc();
    }

    HazardFigures figures(TallyScope scope, LocalDate today) {
        var byGrade = new EnumMap<HazardGrade, Long>(HazardGrade.class);
        var bySector = new EnumMap<Sector, Long>(Sector.class);
        var bySource = new EnumMap<HazardSource, Long>(HazardSource.class);
        var byStatus = new EnumMap<HazardStatus, Long>(HazardStatus.class);
        var p = new HashMap<String, Object>();
        long[] found = {0};
        jdbc.sql("SELECT r.sector, r.grade, r.source, r.status, sum(r.n) AS n FROM " + scope.relation('F', p)
                        + " r WHERE " + scope.inPeriod("r", p) + " GROUP BY 1, 2, 3, 4")
                .params(p)
                .query(rs -> {
                    long n = rs.getLong("n");
                    found[0] += n;
                    byGrade.merge(HazardGrade.valueOf(rs.getString("grade")), n, Long::sum);
                    bySector.merge(Sector.valueOf(rs.getString("sector")), n, Long::sum);
                    bySource.merge(HazardSource.valueOf(rs.getString("source")), n, Long::sum);
                    byStatus.merge(HazardStatus.valueOf(rs.getString("status")), n, Long::sum);
                });
        var q = new HashMap<String, Object>();
        q.put("today", java.sql.Date.valueOf(today));
        long foundOverdue = jdbc.sql("SELECT coalesce(sum(r.n), 0) FROM " + scope.relation('O', q) + " r WHERE "
                        + scope.inPeriod("r", q) + " AND " + OWED_PAST_DEADLINE)
                .params(q)
                .query(Long.class)
                .single();
        var days = new TreeMap<Integer, Long>();
        long[] closed = {0, 0};
        var c = new HashMap<String, Object>();
        jdbc.sql("SELECT r.days, r.on_time, sum(r.n) AS n FROM " + scope.relation('C', c) + " r WHERE "
                        + scope.inPeriod("r", c) + " GROUP BY 1, 2")
                .params(c)
                .query(rs -> {
                    long n = rs.getLong("n");
                    closed[0] += n;
                    closed[1] += rs.getBoolean("on_time") ? n : 0;
                    days.merge(rs.getInt("days"), n, Long::sum);
                });
        return new HazardFigures(
                found[0],
                byGrade,
                bySector,
                bySource,
                byStatus,
                foundOverdue,
                closed[0],
                closed[1],
                DaysToClose.median(days),
                now(scope, today));
    }

    private HazardFigures.Now now(TallyScope scope, LocalDate today) {
        var byStatus = new EnumMap<HazardStatus, Long>(HazardStatus.class);
        var p = new HashMap<String, Object>();
        p.put("today", java.sql.Date.valueOf(today));
        long[] f = new long[6]; // overdue, tier 1-3, listed, major
        jdbc.sql("SELECT r.status, r.grade, r.tier, r.listed, coalesce(" + OWED_PAST_DEADLINE + ", false) AS overdue,"
                        + " sum(r.n) AS n FROM " + scope.relation('O', p) + " r GROUP BY 1, 2, 3, 4, 5")
                .params(p)
                .query(rs -> {
                    long n = rs.getLong("n");
                    var status = HazardStatus.valueOf(rs.getString("status"));
                    byStatus.merge(status, n, Long::sum);
                    f[0] += rs.getBoolean("overdue") ? n : 0;
                    int tier = rs.getInt("tier");
                    if (tier > 0 && status.awaitsRectification()) {
                        f[tier] += n;
                    }
                    f[4] += rs.getBoolean("listed") ? n : 0;
                    f[5] += HazardGrade.MAJOR.name().equals(rs.getString("grade")) ? n : 0;
                });
        long open = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new HazardFigures.Now(open, byStatus, f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    /** The figures of each child region (its code prefix one level down), for the map. */
    Map<String, RegionTally> byChild(TallyScope scope, LocalDate today) {
        var child = "left(r.region_code, " + (scope.prefix().length() + 2) + ")";
        var rows = new LinkedHashMap<String, long[]>();
        var p = new HashMap<String, Object>();
        jdbc.sql("SELECT " + child + " AS child, sum(r.n) AS n, sum(r.n) FILTER (WHERE r.status = 'CLOSED') AS done"
                        + " FROM " + scope.relation('F', p) + " r WHERE " + scope.inPeriod("r", p) + " GROUP BY 1")
                .params(p)
                .query(rs -> {
                    var row = rows.computeIfAbsent(rs.getString("child"), k -> new long[8]);
                    row[0] = rs.getLong("n");
                    row[1] = rs.getLong("done");
                });
        var c = new HashMap<String, Object>();
        jdbc.sql("SELECT " + child + " AS child, sum(r.n) AS n FROM " + scope.relation('C', c) + " r WHERE "
                        + scope.inPeriod("r", c) + " GROUP BY 1")
                .params(c)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getString("child"), k -> new long[8])[2] = rs.getLong("n");
                });
        var o = new HashMap<String, Object>();
        o.put("today", java.sql.Date.valueOf(today));
        jdbc.sql("SELECT " + child + " AS child, sum(r.n) AS n,"
                        + " coalesce(sum(r.n) FILTER (WHERE " + OWED_PAST_DEADLINE + "), 0) AS overdue,"
                        + " coalesce(sum(r.n) FILTER (WHERE r.grade = 'MAJOR'), 0) AS major,"
                        + " coalesce(sum(r.n) FILTER (WHERE r.listed), 0) AS listed,"
                        + " coalesce(sum(r.n) FILTER (WHERE r.tier = 3 AND r.status IN ('REPORTED', 'RECTIFYING')), 0) AS top"
                        + " FROM " + scope.relation('O', o) + " r GROUP BY 1")
                .params(o)
                .query(rs -> {
                    var row = rows.computeIfAbsent(rs.getString("child"), k -> new long[8]);
                    row[3] = rs.getLong("n");
                    row[4] = rs.getLong("overdue");
                    row[5] = rs.getLong("major");
                    row[6] = rs.getLong("listed");
                    row[7] = rs.getLong("top");
                });
        var result = new LinkedHashMap<String, RegionTally>();
        rows.forEach((k, r) -> result.put(k, new RegionTally(k, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])));
        return result;
    }

    /** Found, closed and (of the found) overdue now, per month or ISO week of the period. */
    List<TrendPoint> trend(TallyScope scope, LocalDate today, boolean weekly) {
        var bucket = "date_trunc('" + (weekly ? "week" : "month") + "', r.day)::date";
        var points = new TreeMap<LocalDate, long[]>();
        for (char kind : new char[] {'F', 'C', 'O'}) {
            var p = new HashMap<String, Object>();
            p.put("today", java.sql.Date.valueOf(today));
            var owed = kind == 'O' ? " AND " + OWED_PAST_DEADLINE : "";
            int slot = kind == 'F' ? 0 : kind == 'C' ? 1 : 2;
            jdbc.sql("SELECT " + bucket + " AS period, sum(r.n) AS n FROM " + scope.relation(kind, p) + " r WHERE "
                            + scope.inPeriod("r", p) + owed + " GROUP BY 1")
                    .params(p)
                    .query(rs -> {
                        points.computeIfAbsent(rs.getDate("period").toLocalDate(), k -> new long[3])[slot] =
                                rs.getLong("n");
                    });
        }
        return points.entrySet().stream()
                .map(e -> new TrendPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
