package org.safeledger.accountability;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Party;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.RegionCode;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SummonsStore {

    private final JdbcClient jdbc;

    SummonsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Summons s, long recordedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO summons (body_kind, body_id, body_region, body_name, subject_kind, subject_id,
                            subject_region_code, subject_region, subject_name, trigger, reason, held_on,
                            minutes_attachment_id, report_due, status, recorded_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        s.body().kind().name(),
                        new SqlParameterValue(Types.BIGINT, s.body().id()),
                        s.body().region().value(),
                        s.body().name(),
                        s.subject().kind().name(),
                        new SqlParameterValue(Types.BIGINT, s.subject().id()),
                        s.subject().regionCode(),
                        s.subject().region().value(),
                        s.subject().name(),
                        s.trigger().name(),
                        s.reason(),
                        Date.valueOf(s.heldOn()),
                        new SqlParameterValue(Types.BIGINT, s.minutesAttachmentId()),
                        Date.valueOf(s.reportDue()),
                        s.status().name(),
                        recordedBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void saveReport(Summons s, int expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE summons SET status = ?, report = ?, report_attachment_ids = ?, reported_at = ?,
                            reported_by_name = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(
                        s.status().name(),
                        s.report(),
                        s.reportAttachmentIds().toArray(Long[]::new),
                        Timestamp.from(java.util.Objects.requireNonNull(s.reportedAt())),
                        s.reportedByName(),
                        s.id(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.summons.stale", s.id());
        }
    }

    /** The summons of these ids, in one read. */
    List<Summons> find(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM summons WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query(SummonsStore::map)
                .list();
    }

    Optional<Summons> find(long id) {
        return jdbc.sql("SELECT * FROM summons WHERE id = ?")
                .param(id)
                .query(SummonsStore::map)
                .optional();
    }

    /** Summons held by or of a body in the subtree, or by a body above it, newest first. */
    List<Summons> list(String subtreePrefix, List<String> lineage, int limit) {
        return jdbc.sql("""
                        SELECT * FROM summons
                        WHERE subject_region LIKE :prefix || '%' OR body_region LIKE :prefix || '%'
                           OR body_region = ANY(:lineage)
                        ORDER BY held_on DESC, id DESC LIMIT :limit""")
                .param("prefix", subtreePrefix)
                .param("lineage", lineage.toArray(String[]::new))
                .param("limit", limit)
                .query(SummonsStore::map)
                .list();
    }

    /**
     * Summons held in [from, to] of a department (by id), or of the government and party committee of a region
     * (departmentId null).
     */
    List<Summons> ofSubject(
            @Nullable Long departmentId, String regionCode, LocalDate from, LocalDate to, Instant knownBy) {
        var who = departmentId == null
                ? "subject_kind IN ('GOVERNMENT', 'PARTY_COMMITTEE') AND subject_region = :region"
                : "subject_kind = 'DEPARTMENT' AND subject_id = :department";
        return jdbc.sql("SELECT * FROM summons WHERE " + who + " AND held_on BETWEEN :from AND :to"
                        + " AND created_at < :knownBy ORDER BY held_on, id")
                .param("knownBy", Timestamp.from(knownBy))
                .param("region", regionCode)
                .param("department", departmentId == null ? 0L : departmentId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(SummonsStore::map)
                .list();
    }

    private static Summons map(ResultSet rs, int row) throws SQLException {
        var reported = rs.getTimestamp("reported_at");
        return new Summons(
                rs.getLong("id"),
                new Party(
                        ResponsibleKind.valueOf(rs.getString("body_kind")),
                        rs.getObject("body_id", Long.class),
                        rs.getString("body_kind").equals("DEPARTMENT") ? null : rs.getString("body_region"),
                        new RegionCode(rs.getString("body_region")),
                        rs.getString("body_name")),
                new Party(
                        ResponsibleKind.valueOf(rs.getString("subject_kind")),
                        rs.getObject("subject_id", Long.class),
                        rs.getString("subject_region_code"),
                        new RegionCode(rs.getString("subject_region")),
                        rs.getString("subject_name")),
                SummonsTrigger.valueOf(rs.getString("trigger")),
                rs.getString("reason"),
                rs.getDate("held_on").toLocalDate(),
                rs.getObject("minutes_attachment_id", Long.class),
                rs.getDate("report_due").toLocalDate(),
                SummonsStatus.valueOf(rs.getString("status")),
                rs.getString("report"),
                ids(rs.getArray("report_attachment_ids")),
                reported == null ? null : reported.toInstant(),
                rs.getString("reported_by_name"),
                rs.getInt("version"));
    }

    private static List<Long> ids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
