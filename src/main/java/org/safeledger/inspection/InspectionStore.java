package org.safeledger.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklist templates and items, runs and their results, schedules; every read limited to the reader's scope. */
@Repository
class InspectionStore {

    /**
     * A department scoped to sectors sees the checklists (and so the runs and schedules) of those sectors only, even
     * at an enterprise that also works in others.
     */
    static final String TEMPLATE_SECTOR = "(:scopeSectors = '' OR t.sector = ANY(string_to_array(:scopeSectors, ',')))";
    /** An enterprise's own template in scope, or a regulator's template of a region overlapping the scope. */
    private static final String TEMPLATE_VISIBLE = "((t.enterprise_id IS NOT NULL AND " + ScopeSql.PREDICATE + ")"
            + " OR (t.enterprise_id IS NULL AND (t.region_prefix LIKE :scopeRegionPrefix || '%'"
            + " OR :scopeRegionPrefix LIKE t.region_prefix || '%'))) AND " + TEMPLATE_SECTOR;

    private static final String TEMPLATE =
            "SELECT t.*, e.name AS enterprise_name FROM checklist_template t LEFT JOIN enterprise e ON e.id = t.enterprise_id";
    private static final String RUN = "SELECT r.*, e.name AS enterprise_name, t.name AS template_name,"
            + " u.display_name AS started_by_name FROM inspection_run r JOIN enterprise e ON e.id = r.enterprise_id"
            + " JOIN checklist_template t ON t.id = r.template_id JOIN user_account u ON u.id = r.started_by";

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // templates

    long insertTemplate(
            String name,
            Sector sector,
            @Nullable Long enterpriseId,
            String regionPrefix,
            @Nullable String hazardSource,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO checklist_template (name, sector, enterprise_id, region_prefix, hazard_source,
                            created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        name,
                        sector.name(),
                        new SqlParameterValue(Types.BIGINT, enterpriseId),
                        regionPrefix,
                        new SqlParameterValue(Types.VARCHAR, hazardSource),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    void insertItem(long templateId, int position, @Nullable Long clauseId, @Nullable String clauseLabel, String text) {
        jdbc.sql(
                        "INSERT INTO checklist_item (template_id, position, clause_id, clause_label, text) VALUES (?, ?, ?, ?, ?)")
                .params(templateId, position, new SqlParameterValue(Types.BIGINT, clauseId), clauseLabel, text)
                .update();
    }

    Optional<ChecklistTemplate> template(long id, DataScope scope) {
        return jdbc.sql(TEMPLATE + " WHERE t.id = :id AND " + TEMPLATE_VISIBLE)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(this::template)
                .optional();
    }

    /** The hazard source a template's findings carry, when it is not the run's kind's (a lesson checklist). */
    Optional<String> hazardSource(long templateId) {
        return jdbc.sql("SELECT hazard_source FROM checklist_template WHERE id = ? AND hazard_source IS NOT NULL")
                .param(templateId)
                .query(String.class)
                .optional();
    }

    java.util.Map<Long, ChecklistTemplates.RunTally> tallies(
            long templateId, java.util.Collection<Long> enterpriseIds) {
        var tallies = new java.util.HashMap<Long, ChecklistTemplates.RunTally>();
        if (enterpriseIds.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                        SELECT r.enterprise_id,
                            count(*) FILTER (WHERE r.status = 'COMPLETED') AS completed,
                            count(*) FILTER (WHERE r.status = 'IN_PROGRESS') AS open,
                            coalesce(sum((SELECT count(*) FROM inspection_result x WHERE x.run_id = r.id AND x.applicable
                                AND x.outcome = 'NON_COMPLIANT')), 0) AS non_compliant,
                            coalesce(sum((SELECT count(*) FROM inspection_result x WHERE x.run_id = r.id
                                AND x.hazard_id IS NOT NULL)), 0) AS hazards,
                            count(*) FILTER (WHERE r.status = 'COMPLETED' AND r.outcome <> 'INCOMPLETE'
                                AND r.kind = 'SELF') AS answered,
                            max(r.id) FILTER (WHERE r.status = 'IN_PROGRESS') AS open_run
                        FROM inspection_run r WHERE r.template_id = ? AND r.enterprise_id = ANY(?)
                        GROUP BY r.enterprise_id""")
                .params(templateId, enterpriseIds.toArray(Long[]::new))
                .query((rs, n) -> tallies.put(
                        rs.getLong(1),
                        new ChecklistTemplates.RunTally(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getObject(7, Long.class))))
                .list();
        return tallies;
    }

    /** Templates visible in the scope; of one enterprise (its own and its region's) when given. */
    List<ChecklistTemplate> templates(
            DataScope scope, @Nullable Long enterpriseId, @Nullable String enterpriseRegionPrefix) {
        var params = new HashMap<String, Object>(ScopeSql.params(scope));
        var sql = new StringBuilder(TEMPLATE + " WHERE " + TEMPLATE_VISIBLE);
        if (enterpriseId != null && enterpriseRegionPrefix != null) {
            sql.append(" AND (t.enterprise_id = :enterpriseId OR (t.enterprise_id IS NULL"
                    + " AND :enterprisePrefix LIKE t.region_prefix || '%'))");
            params.put("enterpriseId", enterpriseId);
            params.put("enterprisePrefix", enterpriseRegionPrefix);
        }
        return jdbc.sql(sql + " ORDER BY t.id DESC LIMIT 200")
                .params(params)
                .query(this::template)
                .list();
    }

    private ChecklistTemplate template(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new ChecklistTemplate(
                id,
                rs.getString("name"),
                Sector.valueOf(rs.getString("sector")),
                rs.getObject("enterprise_id", Long.class),
                rs.getString("enterprise_name"),
                rs.getString("region_prefix"),
                items(id),
                rs.getTimestamp("created_at").toInstant());
    }

    List<ChecklistItem> items(long templateId) {
        return jdbc.sql("SELECT * FROM checklist_item WHERE template_id = ? ORDER BY position")
                .param(templateId)
                .query((rs, n) -> new ChecklistItem(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getObject("clause_id", Long.class),
                        rs.getString("clause_label"),
                        rs.getString("text")))
                .list();
    }

    // runs

    /** The law-enforcement side of a run: mode, team, draw, department (all null/empty for a self-inspection). */
    record Enforcement(
            String mode, List<Long> team, @Nullable Long drawId, long departmentId) {}

    long insertRun(
            long templateId, long enterpriseId, String place, Instant at, long by, @Nullable Enforcement enforcement) {
        long id = jdbc.sql("""
                        INSERT INTO inspection_run (template_id, enterprise_id, place, status, started_at, started_by,
                            kind, mode, team, draw_id, department_id)
                        VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        templateId,
                        enterpriseId,
                        place,
                        Timestamp.from(at),
                        by,
                        enforcement == null ? "SELF" : "ENFORCEMENT",
                        enforcement == null ? null : enforcement.mode(),
                        enforcement == null ? new Long[0] : enforcement.team().toArray(Long[]::new),
                        new SqlParameterValue(Types.BIGINT, enforcement == null ? null : enforcement.drawId()),
                        new SqlParameterValue(Types.BIGINT, enforcement == null ? null : enforcement.departmentId()))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO inspection_result (run_id, item_id) SELECT ?, id FROM checklist_item WHERE template_id = ?")
                .params(id, templateId)
                .update();
        return id;
    }

    Optional<InspectionRun> run(long id, DataScope scope) {
        return jdbc.sql(RUN + " WHERE r.id = :id AND " + ScopeSql.PREDICATE + " AND " + TEMPLATE_SECTOR)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(this::run)
                .optional();
    }

    List<InspectionRun> runs(DataScope scope, @Nullable Long enterpriseId, int limit) {
        return jdbc.sql(RUN + " WHERE " + ScopeSql.PREDICATE + " AND " + TEMPLATE_SECTOR
                        + " AND (CAST(:enterpriseId AS bigint) IS NULL OR r.enterprise_id = CAST(:enterpriseId AS bigint))"
                        + " ORDER BY r.id DESC LIMIT :limit")
                .params(ScopeSql.params(scope))
                .param("enterpriseId", new SqlParameterValue(Types.BIGINT, enterpriseId))
                .param("limit", limit)
                .query(this::run)
                .list();
    }

    private InspectionRun run(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        var outcome = rs.getString("outcome");
        var completed = rs.getTimestamp("completed_at");
        return new InspectionRun(
                id,
                rs.getLong("template_id"),
                rs.getString("template_name"),
                rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getString("place"),
                RunStatus.valueOf(rs.getString("status")),
                outcome == null ? null : RunOutcome.valueOf(outcome),
                rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by_name"),
                completed == null ? null : completed.toInstant(),
                rs.getInt("version"),
                rs.getString("kind"),
                rs.getString("mode"),
                ids(rs.getArray("team")),
                rs.getObject("draw_id", Long.class),
                rs.getString("measures"),
                results(id));
    }

    private List<ItemResult> results(long runId) {
        return jdbc.sql("""
                        SELECT r.*, i.position, i.clause_id, i.clause_label, i.text FROM inspection_result r
                        JOIN checklist_item i ON i.id = r.item_id WHERE r.run_id = ? ORDER BY i.position""")
                .param(runId)
                .query((rs, n) -> new ItemResult(
                        new ChecklistItem(
                                rs.getLong("item_id"),
                                rs.getInt("position"),
                                rs.getObject("clause_id", Long.class),
                                rs.getString("clause_label"),
                                rs.getString("text")),
                        rs.getBoolean("applicable"),
                        CheckOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("note"),
                        ids(rs.getArray("photo_ids")),
                        rs.getObject("hazard_id", Long.class)))
                .list();
    }

    void saveResult(
            long runId,
            long itemId,
            boolean applicable,
            CheckOutcome outcome,
            @Nullable String note,
            List<Long> photoIds,
            Instant at,
            long by) {
        jdbc.sql("""
                        UPDATE inspection_result SET applicable = ?, outcome = ?, note = ?, photo_ids = ?,
                            checked_at = ?, checked_by = ? WHERE run_id = ? AND item_id = ?""")
                .params(
                        applicable,
                        outcome.name(),
                        note,
                        photoIds.toArray(Long[]::new),
                        Timestamp.from(at),
                        by,
                        runId,
                        itemId)
                .update();
    }

    /** Bumps the run's version (optimistic lock); false when stale. */
    boolean touch(long runId, int version) {
        return jdbc.sql("UPDATE inspection_run SET version = version + 1 WHERE id = ? AND version = ?")
                        .params(runId, version)
                        .update()
                == 1;
    }

    /** Writes the run's completion as the aggregate decided it; false when the version is stale. */
    boolean complete(InspectionRun run, int version) {
        return jdbc.sql("""
                        UPDATE inspection_run SET status = ?, outcome = ?, completed_at = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                run.status().name(),
                                run.outcome().name(),
                                Timestamp.from(run.completedAt()),
                                run.id(),
                                version)
                        .update()
                == 1;
    }

    /** Records the hazard an item became; false when it already became one (a concurrent conversion). */
    boolean linkHazard(long runId, long itemId, long hazardId) {
        return jdbc.sql(
                                "UPDATE inspection_result SET hazard_id = ? WHERE run_id = ? AND item_id = ? AND hazard_id IS NULL")
                        .params(hazardId, runId, itemId)
                        .update()
                == 1;
    }

    /** Locks the run's row: conversions to hazards and saves of answers take their turns. */
    void lockRun(long runId) {
        jdbc.sql("SELECT 1 FROM inspection_run WHERE id = ? FOR UPDATE")
                .param(runId)
                .query(Integer.class)
                .optional();
    }

    /** Moves the run's version on (a conversion changed a result): saves prepared before it are stale. */
    void bump(long runId) {
        jdbc.sql("UPDATE inspection_run SET version = version + 1 WHERE id = ?")
                .param(runId)
                .update();
    }

    /** Records the on-site measures (停止作业、撤出人员 …) of an enforcement inspection in progress. */
    boolean measures(long runId, int version, String measures) {
        return jdbc.sql("""
                        UPDATE inspection_run SET measures = ?, version = version + 1
                        WHERE id = ? AND version = ?""").params(measures, runId, version).update() == 1;
    }

    List<PublishedInspection> published(int limit) {
        return jdbc.sql("""
                        SELECT e.name AS enterprise_name, e.region_code, d.name AS department_name, r.mode,
                            r.completed_at, r.outcome,
                            (SELECT count(*) FROM inspection_result x WHERE x.run_id = r.id AND x.applicable
                                AND x.outcome = 'NON_COMPLIANT') AS non_compliant,
                            (SELECT count(*) FROM inspection_result x WHERE x.run_id = r.id AND x.hazard_id IS NOT NULL) AS hazards
                        FROM inspection_run r JOIN enterprise e ON e.id = r.enterprise_id
                        LEFT JOIN department d ON d.id = r.department_id
                        WHERE r.kind = 'ENFORCEMENT' AND r.draw_id IS NOT NULL AND r.status = 'COMPLETED'
                        AND r.outcome <> 'INCOMPLETE'
                        ORDER BY r.completed_at DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new PublishedInspection(
                        rs.getString("enterprise_name"),
                        rs.getString("region_code"),
                        rs.getString("department_name"),
                        rs.getString("mode"),
                        rs.getTimestamp("completed_at").toInstant(),
                        rs.getString("outcome"),
                        rs.getLong("non_compliant"),
                        rs.getLong("hazards")))
                .list();
    }

    static List<Long> ids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
