package org.safeledger.inspection;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code inspection_schedule}, and the completed runs that fill a schedule's periods. */
@Repository
class ScheduleStore {

    private static final String SCHEDULE = "SELECT s.*, e.name AS enterprise_name, t.name AS template_name"
            + " FROM inspection_schedule s JOIN enterprise e ON e.id = s.enterprise_id"
            + " JOIN checklist_template t ON t.id = s.template_id";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSchedule(
            long enterpriseId, long templateId, Frequency frequency, LocalDate startsOn, Instant at, long by) {
        return jdbc.sql("""
                        INSERT INTO inspection_schedule (enterprise_id, template_id, frequency, starts_on, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        enterpriseId,
                        templateId,
                        frequency.name(),
                        java.sql.Date.valueOf(startsOn),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    record ScheduleRow(
            long id,
            long enterpriseId,
            String enterpriseName,
            long templateId,
            String templateName,
            Frequency frequency,
            LocalDate startsOn,
            boolean active) {}

    List<ScheduleRow> schedules(DataScope scope, @Nullable Long enterpriseId, @Nullable Long id) {
        return jdbc.sql(SCHEDULE + " WHERE " + ScopeSql.PREDICATE + " AND " + InspectionStore.TEMPLATE_SECTOR
                        + " AND (CAST(:enterpriseId AS bigint) IS NULL OR s.enterprise_id = CAST(:enterpriseId AS bigint))"
                        + " AND (CAST(:id AS bigint) IS NULL OR s.id = CAST(:id AS bigint))"
                        + " ORDER BY e.name, s.id LIMIT 500")
                .params(ScopeSql.params(scope))
                .param("enterpriseId", new SqlParameterValue(Types.BIGINT, enterpriseId))
                .param("id", new SqlParameterValue(Types.BIGINT, id))
                .query((rs, n) -> new ScheduleRow(
                        rs.getLong("id"),
                        rs.getLong("enterprise_id"),
                        rs.getString("enterprise_name"),
                        rs.getLong("template_id"),
                        rs.getString("template_name"),
                        Frequency.valueOf(rs.getString("frequency")),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getBoolean("active")))
                .list();
    }

    boolean scheduleExists(long enterpriseId, long templateId, Frequency frequency) {
        return jdbc.sql(
                                "SELECT count(*) FROM inspection_schedule WHERE enterprise_id = ? AND template_id = ? AND frequency = ?")
                        .params(enterpriseId, templateId, frequency.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** When the runs of the checklist at the enterprise were completed, since the instant. */
    List<Instant> completions(long enterpriseId, long templateId, Instant since) {
        return jdbc.sql("""
                        SELECT completed_at FROM inspection_run WHERE enterprise_id = ? AND template_id = ?
                        AND status = 'COMPLETED' AND completed_at >= ? ORDER BY completed_at""")
                .params(enterpriseId, templateId, Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }
}
