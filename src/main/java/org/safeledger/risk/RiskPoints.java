package org.safeledger.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Risk points and their assessments; every read is limited to the reader's data scope. */
@Repository
class RiskPoints {

    private static final String SELECT =
            "SELECT p.*, e.name AS enterprise_name FROM risk_point p JOIN enterprise e ON e.id = p.enterprise_id";
    private static final TypeReference<Map<String, BigDecimal>> FACTORS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RiskPoints(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(RiskPointDraft d, Instant at, long by) {
        return jdbc.sql("""
                        INSERT INTO risk_point (enterprise_id, name, place, activity, hazard_factors, control_measures,
                            responsible_post, responsible_person, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d.enterpriseId(),
                        d.name().strip(),
                        d.place().strip(),
                        d.activity().strip(),
                        d.hazardFactors().strip(),
                        d.controlMeasures().strip(),
                        d.responsiblePost().strip(),
                        blankToNull(d.responsiblePerson()),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    void lock(long id) {
        jdbc.sql("SELECT 1 FROM risk_point WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Integer.class)
                .optional();
    }

    /** Updates the identification; false when the version is stale. */
    boolean update(long id, int version, RiskPointDraft d) {
        return jdbc.sql("""
                        UPDATE risk_point SET name = ?, place = ?, activity = ?, hazard_factors = ?,
                            control_measures = ?, responsible_post = ?, responsible_person = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                d.name().strip(),
                                d.place().strip(),
                                d.activity().strip(),
                                d.hazardFactors().strip(),
                                d.controlMeasures().strip(),
                                d.responsiblePost().strip(),
                                blankToNull(d.responsiblePerson()),
                                id,
                                version)
                        .update()
                == 1;
    }

    Optional<RiskPoint> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + ScopeSql.PREDICATE)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(RiskPoints::point)
                .optional();
    }

    PageResult<RiskPoint> list(
            DataScope scope, @Nullable Long enterpriseId, @Nullable RiskLevel level, PageRequest page) {
        var where = new StringBuilder(" WHERE " + ScopeSql.PREDICATE);
        var params = new HashMap<String, Object>(ScopeSql.params(scope));
        if (enterpriseId != null) {
            where.append(" AND p.enterprise_id = :enterpriseId");
            params.put("enterpriseId", enterpriseId);
        }
        if (level != null) {
            where.append(" AND p.level = :level");
            params.put("level", level.name());
        }
        var items = jdbc.sql(SELECT + where
                        + " ORDER BY array_position(ARRAY['MAJOR','LARGER','GENERAL','LOW'], p.level) NULLS LAST,"
                        + " p.score DESC NULLS LAST, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(RiskPoints::point)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM risk_point p JOIN enterprise e ON e.id = p.enterprise_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, total);
    }

    /** Risk points per level in the scope (optionally one enterprise); unassessed ones under {@code null}. */
    Map<RiskLevel, Long> countByLevel(DataScope scope, @Nullable Long enterpriseId) {
        var params = new HashMap<String, Object>(ScopeSql.params(scope));
        params.put("enterpriseId", new SqlParameterValue(Types.BIGINT, enterpriseId));
        var counts = new EnumMap<RiskLevel, Long>(RiskLevel.class);
        for (var level : RiskLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("SELECT p.level, count(*) AS n FROM risk_point p JOIN enterprise e ON e.id = p.enterprise_id WHERE "
                        + ScopeSql.PREDICATE
                        + " AND (CAST(:enterpriseId AS bigint) IS NULL OR p.enterprise_id = CAST(:enterpriseId AS bigint))"
                        + " AND p.level IS NOT NULL GROUP BY p.level")
                .params(params)
                .query((rs, n) -> Map.entry(RiskLevel.valueOf(rs.getString("level")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Risk points by level for each region of the scope cut to {@code length} digits (the map's children). */
    Map<String, Map<RiskLevel, Long>> countByRegion(DataScope scope, int length) {
        var params = new HashMap<String, Object>(ScopeSql.params(scope));
        params.put("length", length);
        var result = new java.util.LinkedHashMap<String, Map<RiskLevel, Long>>();
        jdbc.sql("SELECT left(e.region_code, :length) AS area, p.level, count(*) AS n FROM risk_point p"
                        + " JOIN enterprise e ON e.id = p.enterprise_id WHERE " + ScopeSql.PREDICATE
                        + " AND p.level IS NOT NULL GROUP BY 1, 2")
                .params(params)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString("area"), k -> new EnumMap<>(RiskLevel.class))
                            .put(RiskLevel.valueOf(rs.getString("level")), rs.getLong("n"));
                });
        return result;
    }

    long insertAssessment(
            long pointId,
            long methodVersionId,
            RiskMethodVersion.Evaluation ev,
            @Nullable String note,
            Instant at,
            long by) {
        long id = jdbc.sql("""
                        INSERT INTO risk_assessment (risk_point_id, method_version_id, factors, score, band, level, note,
                            assessed_at, assessed_by)
                        VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        pointId,
                        methodVersionId,
                        json.writeValueAsString(ev.factors()),
                        ev.score(),
                        ev.band(),
                        ev.level().name(),
                        blankToNull(note),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        UPDATE risk_point SET level = ?, score = ?, band = ?, method = ?, method_version = ?,
                            assessed_at = ?, version = version + 1 WHERE id = ?""")
                .params(
                        ev.level().name(),
                        ev.score(),
                        ev.band(),
                        ev.method(),
                        ev.version(),
                        Timestamp.from(at),
                        pointId)
                .update();
        return id;
    }

    List<RiskAssessment> assessments(long pointId) {
        return jdbc.sql("""
                        SELECT a.*, v.method, v.version_key, u.display_name FROM risk_assessment a
                        JOIN risk_method_version v ON v.id = a.method_version_id
                        JOIN user_account u ON u.id = a.assessed_by
                        WHERE a.risk_point_id = ? ORDER BY a.id DESC""")
                .param(pointId)
                .query((rs, n) -> new RiskAssessment(
                        rs.getLong("id"),
                        rs.getLong("risk_point_id"),
                        rs.getString("method"),
                        rs.getString("version_key"),
                        json.readValue(rs.getString("factors"), FACTORS),
                        plain(rs.getBigDecimal("score")),
                        rs.getString("band"),
                        RiskLevel.valueOf(rs.getString("level")),
                        rs.getString("note"),
                        rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("display_name")))
                .list();
    }

    private static RiskPoint point(ResultSet rs, int n) throws SQLException {
        var level = rs.getString("level");
        var assessed = rs.getTimestamp("assessed_at");
        var score = rs.getBigDecimal("score");
        return new RiskPoint(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getString("name"),
                rs.getString("place"),
                rs.getString("activity"),
                rs.getString("hazard_factors"),
                rs.getString("control_measures"),
                rs.getString("responsible_post"),
                rs.getString("responsible_person"),
                level == null ? null : RiskLevel.valueOf(level),
                score == null ? null : plain(score),
                rs.getString("band"),
                rs.getString("method"),
                rs.getString("method_version"),
                assessed == null ? null : assessed.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
