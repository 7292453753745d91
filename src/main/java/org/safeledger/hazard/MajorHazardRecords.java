package org.safeledger.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What only major hazards have: the two halves of the dual report, and the production stopped in an area (停产停业). */
@Repository
class MajorHazardRecords {

    private final JdbcClient jdbc;

    MajorHazardRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A hazard became major: both halves of its dual report are owed by then (kept if it was major before). */
    void openMajorReports(long hazardId, java.time.Instant dueAt) {
        for (var channel : MajorReportChannel.values()) {
            // graded again after a downgrade: an owed half is due anew; a half already reported stays as it was
            jdbc.sql("INSERT INTO hazard_major_report (hazard_id, channel, due_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (hazard_id, channel) DO UPDATE SET due_at = EXCLUDED.due_at"
                            + " WHERE hazard_major_report.reported_at IS NULL")
                    .params(hazardId, channel.name(), Timestamp.from(dueAt))
                    .update();
        }
    }

    boolean hasOpenMajor(long enterpriseId) {
        return Boolean.TRUE.equals(
                jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM hazard WHERE enterprise_id = ? AND grade = 'MAJOR'
                            AND status <> 'CLOSED')""").param(enterpriseId).query(Boolean.class).single());
    }

    /** Downgraded to general: nothing more is owed (halves already reported stay on record). */
    void dropOwedMajorReports(long hazardId) {
        jdbc.sql("DELETE FROM hazard_major_report WHERE hazard_id = ? AND reported_at IS NULL")
                .param(hazardId)
                .update();
    }

    /** Records a half of the dual report; false when it was already recorded. */
    boolean recordMajorReport(
            long hazardId, MajorReportChannel channel, java.time.Instant at, long by, String recipient, String report) {
        return jdbc.sql("""
                        INSERT INTO hazard_major_report (hazard_id, channel, due_at, reported_at, reported_by, recipient, report)
                        VALUES (:id, :channel, :at, :at, :by, :recipient, :report)
                        ON CONFLICT (hazard_id, channel) DO UPDATE SET reported_at = :at, reported_by = :by,
                            recipient = :recipient, report = :report
                        WHERE hazard_major_report.reported_at IS NULL""")
                        .param("id", hazardId)
                        .param("channel", channel.name())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("recipient", recipient)
                        .param("report", report)
                        .update()
                == 1;
    }

    List<MajorReport> majorReports(long hazardId) {
        return jdbc.sql("""
                        SELECT r.*, u.display_name FROM hazard_major_report r
                        LEFT JOIN user_account u ON u.id = r.reported_by WHERE r.hazard_id = ? ORDER BY r.channel DESC""")
                .param(hazardId)
                .query((rs, n) -> {
                    var reported = rs.getTimestamp("reported_at");
                    return new MajorReport(
                            MajorReportChannel.valueOf(rs.getString("channel")),
                            rs.getTimestamp("due_at").toInstant(),
                            reported == null ? null : reported.toInstant(),
                            rs.getString("display_name"),
                            rs.getString("recipient"),
                            rs.getString("report"));
                })
                .list();
    }

    /** Stops production in the area; false when the hazard already stopped an area. */
    boolean suspend(long hazardId, long enterpriseId, String area, java.time.Instant at, long by) {
        return jdbc.sql("""
                        INSERT INTO hazard_suspension (hazard_id, enterprise_id, area, suspended_at, suspended_by)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (hazard_id) DO NOTHING""")
                        .params(hazardId, enterpriseId, area, Timestamp.from(at), by)
                        .update()
                == 1;
    }

    private static final String SUSPENSION = "SELECT s.*, h.title, u.display_name FROM hazard_suspension s"
            + " JOIN hazard h ON h.id = s.hazard_id JOIN user_account u ON u.id = s.suspended_by";

    Optional<Suspension> suspension(long hazardId) {
        return jdbc.sql(SUSPENSION + " WHERE s.hazard_id = ?")
                .param(hazardId)
                .query(MajorHazardRecords::suspension)
                .optional();
    }

    /** The areas of the enterprise stopped now. */
    List<Suspension> activeSuspensions(long enterpriseId) {
        return jdbc.sql(SUSPENSION + " WHERE s.enterprise_id = ? AND s.lifted_at IS NULL ORDER BY s.suspended_at")
                .param(enterpriseId)
                .query(MajorHazardRecords::suspension)
                .list();
    }

    void liftSuspension(long hazardId, java.time.Instant at) {
        jdbc.sql("UPDATE hazard_suspension SET lifted_at = ? WHERE hazard_id = ? AND lifted_at IS NULL")
                .params(Timestamp.from(at), hazardId)
                .update();
    }

    private static Suspension suspension(ResultSet rs, int n) throws SQLException {
        var lifted = rs.getTimestamp("lifted_at");
        return new Suspension(
                rs.getLong("hazard_id"),
                rs.getString("title"),
                rs.getString("area"),
                rs.getTimestamp("suspended_at").toInstant(),
                rs.getString("display_name"),
                lifted == null ? null : lifted.toInstant());
    }
}
