package org.safeledger.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lesson roll-outs and their targets. A reader sees a roll-out of a region overlapping the scope in the scope's
 * sectors; an enterprise sees the roll-outs that target it.
 */
@Repository
class LessonStore {

    private static final String SELECT = "SELECT l.*, u.display_name AS launched_by_name FROM lesson_rollout l"
            + " JOIN user_account u ON u.id = l.launched_by";
    private static final String VISIBLE = "(CASE WHEN CAST(:enterpriseId AS bigint) IS NOT NULL"
            + " THEN EXISTS (SELECT 1 FROM lesson_target t WHERE t.rollout_id = l.id"
            + " AND t.enterprise_id = CAST(:enterpriseId AS bigint))"
            + " ELSE (l.region_code LIKE :prefix || '%' OR :prefix LIKE regexp_replace(l.region_code, '(00)+$', '') || '%')"
            + " AND (:sectors = '' OR l.sector = ANY(string_to_array(:sectors, ','))) END)";

    /** A roll-out's row, before its targets are read. */
    record Row(
            long id,
            String title,
            @Nullable Long accidentId,
            @Nullable Long hazardId,
            long templateId,
            String regionCode,
            String sector,
            @Nullable String mineType,
            LocalDate deadline,
            Instant launchedAt,
            String launchedBy) {}

    /** A target with the enterprise's name and region. */
    record TargetRow(long enterpriseId, String enterpriseName, String regionCode) {}

    private final JdbcClient jdbc;

    LessonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String title,
            @Nullable Long accidentId,
            @Nullable Long hazardId,
            long templateId,
            String regionCode,
            String sector,
            @Nullable String mineType,
            LocalDate deadline,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO lesson_rollout (title, accident_id, hazard_id, template_id, region_code, sector,
                            mine_type, deadline, launched_at, launched_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        title,
                        new SqlParameterValue(java.sql.Types.BIGINT, accidentId),
                        new SqlParameterValue(java.sql.Types.BIGINT, hazardId),
                        templateId,
                        regionCode,
                        sector,
                        new SqlParameterValue(java.sql.Types.VARCHAR, mineType),
                        java.sql.Date.valueOf(deadline),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    void insertTargets(long rolloutId, List<Long> enterpriseIds) {
        jdbc.sql("INSERT INTO lesson_target (rollout_id, enterprise_id) SELECT ?, unnest(?)")
                .params(rolloutId, enterpriseIds.toArray(Long[]::new))
                .update();
    }

    Optional<Row> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE l.id = :id AND " + VISIBLE)
                .param("id", id)
                .params(visible(scope))
                .query(LessonStore::row)
                .optional();
    }

    List<Row> list(DataScope scope, int limit) {
        return jdbc.sql(SELECT + " WHERE " + VISIBLE + " ORDER BY l.id DESC LIMIT :limit")
                .params(visible(scope))
                .param("limit", limit)
                .query(LessonStore::row)
                .list();
    }

    /**
     * The targets in the reader's scope: a regulator or leader of a smaller region than the roll-out's sees its own
     * region's, a sector department its sectors', an enterprise itself.
     */
    List<TargetRow> targets(long rolloutId, DataScope scope) {
        return jdbc.sql("""
                        SELECT e.id, e.name, e.region_code FROM lesson_target t JOIN enterprise e ON e.id = t.enterprise_id
                        WHERE t.rollout_id = :rollout AND """ + ScopeSql.PREDICATE + " ORDER BY e.region_code, e.name")
                .param("rollout", rolloutId)
                .params(ScopeSql.params(scope))
                .query((rs, n) -> new TargetRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static java.util.Map<String, Object> visible(DataScope scope) {
        var params = new java.util.HashMap<String, Object>();
        params.put("enterpriseId", new SqlParameterValue(java.sql.Types.BIGINT, scope.enterpriseId()));
        params.put("prefix", scope.region().subtreePrefix());
        params.put("sectors", scope.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("accident_id", Long.class),
                rs.getObject("hazard_id", Long.class),
                rs.getLong("template_id"),
                rs.getString("region_code"),
                rs.getString("sector"),
                rs.getString("mine_type"),
                rs.getDate("deadline").toLocalDate(),
                rs.getTimestamp("launched_at").toInstant(),
                rs.getString("launched_by_name"));
    }
}
