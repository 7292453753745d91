package org.safeledger.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Draws, their pools (from the enterprise register) and the inspections that make an inspector avoid a target. */
@Repository
class DrawStore {

    private static final TypeReference<List<DrawAlgorithm.Team>> TEAMS = new TypeReference<>() {};
    private static final TypeReference<Map<Long, Set<Long>>> AVOID = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DrawStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The enterprises registered by {@code at} of the region subtree in any of the sectors, within the drawer's
     * scope, of the supervision classes they had at {@code at} (any when none given), ordered by id; without those
     * whose last law-enforcement inspection started within {@code excludeDays} before {@code at}.
     */
    List<Long> pool(
            String regionPrefix,
            List<String> sectors,
            List<String> classes,
            DataScope scope,
            @Nullable Integer excludeDays,
            Instant at) {
        var sql = "SELECT e.id FROM enterprise e WHERE e.region_code LIKE :prefix || '%' AND e.created_at <= :at"
                + " AND e.sectors && string_to_array(:sectors, ',') AND " + ScopeSql.PREDICATE
                + " AND (:classes = '' OR " + Plans.classAt("e.id", "CAST(:at AS timestamptz)")
                + " = ANY(string_to_array(:classes, ',')))"
                + (excludeDays == null
                        ? ""
                        : " AND NOT EXISTS (SELECT 1 FROM inspection_run r WHERE r.enterprise_id = e.id"
                                + " AND r.kind = 'ENFORCEMENT' AND r.started_at < :at AND r.started_at >= :since)")
                + " ORDER BY e.id";
        var statement = jdbc.sql(sql)
                .param("prefix", regionPrefix)
                .param("sectors", String.join(",", sectors))
                .param("classes", String.join(",", classes))
                .param("at", Timestamp.from(at))
                .params(ScopeSql.params(scope));
        if (excludeDays != null) {
            statement = statement.param("since", Timestamp.from(at.minus(java.time.Duration.ofDays(excludeDays))));
        }
        return statement.query(Long.class).list();
    }

    /** Per enterprise of the pool, the inspectors of the roster on its enforcement inspections within the days before. */
    Map<Long, Set<Long>> avoid(List<Long> pool, List<Long> roster, @Nullable Integer days, Instant at) {
        var avoid = new HashMap<Long, Set<Long>>();
        if (days == null || pool.isEmpty()) {
            return avoid;
        }
        jdbc.sql("""
                        SELECT r.enterprise_id, t.inspector FROM inspection_run r, unnest(r.team) AS t(inspector)
                        WHERE r.kind = 'ENFORCEMENT' AND r.enterprise_id = ANY(:pool) AND t.inspector = ANY(:roster)
                        AND r.started_at < :at AND r.started_at >= :since""")
                .param("pool", pool.toArray(Long[]::new))
                .param("roster", roster.toArray(Long[]::new))
                .param("at", Timestamp.from(at))
                .param("since", Timestamp.from(at.minus(java.time.Duration.ofDays(days))))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e ->
                        avoid.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return avoid;
    }

    long insert(
            long departmentId,
            String regionCode,
            List<String> sectors,
            List<String> classes,
            int count,
            int perTeam,
            @Nullable Integer excludeDays,
            @Nullable Integer avoidDays,
            long seed,
            List<Long> pool,
            List<Long> roster,
            Map<Long, Set<Long>> avoid,
            List<DrawAlgorithm.Team> teams,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO inspection_draw (department_id, region_code, sectors, draw_count, inspectors_per_team,
                            exclude_days, avoid_days, seed, pool, roster, avoid, teams, created_at, created_by, classes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?) RETURNING id""")
                .params(
                        departmentId,
                        regionCode,
                        sectors.toArray(String[]::new),
                        count,
                        perTeam,
                        new SqlParameterValue(Types.INTEGER, excludeDays),
                        new SqlParameterValue(Types.INTEGER, avoidDays),
                        seed,
                        pool.toArray(Long[]::new),
                        roster.toArray(Long[]::new),
                        json.writeValueAsString(avoid),
                        json.writeValueAsString(teams),
                        Timestamp.from(at),
                        by,
                        classes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /**
     * A draw the reader may see: of a region inside the reader's scope and, for a reader whose remit is some sectors
     * (a sector department), of those sectors only.
     */
    private static final String READABLE =
            "region_code LIKE :prefix || '%'" + " AND (:sectors = '' OR sectors <@ string_to_array(:sectors, ','))";

    Optional<Draw> find(long id, DataScope scope) {
        return jdbc.sql("SELECT * FROM inspection_draw WHERE id = :id AND " + READABLE)
                .param("id", id)
                .params(readable(scope))
                .query(this::draw)
                .optional();
    }

    List<Draw> list(DataScope scope, int limit) {
        return jdbc.sql("SELECT * FROM inspection_draw WHERE " + READABLE + " ORDER BY id DESC LIMIT :limit")
                .params(readable(scope))
                .param("limit", limit)
                .query(this::draw)
                .list();
    }

    private static Map<String, Object> readable(DataScope scope) {
        return Map.of(
                "prefix",
                scope.region().subtreePrefix(),
                "sectors",
                scope.sectors().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
    }

    private Draw draw(ResultSet rs, int n) throws SQLException {
        return new Draw(
                rs.getLong("id"),
                rs.getLong("department_id"),
                rs.getString("region_code"),
                List.of((String[]) rs.getArray("sectors").getArray()),
                rs.getInt("draw_count"),
                rs.getInt("inspectors_per_team"),
                rs.getObject("exclude_days", Integer.class),
                rs.getObject("avoid_days", Integer.class),
                List.of((String[]) rs.getArray("classes").getArray()),
                rs.getLong("seed"),
                ids(rs.getArray("pool")),
                ids(rs.getArray("roster")),
                json.readValue(rs.getString("avoid"), AVOID),
                json.readValue(rs.getString("teams"), TEAMS),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
