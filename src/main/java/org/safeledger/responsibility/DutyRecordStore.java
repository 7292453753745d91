package org.safeledger.responsibility;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DutyRecordStore {

    private final JdbcClient jdbc;

    DutyRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record; one taken from another record ({@code sourceId}) is kept once per duty however often it is sent. */
    void insert(DutyRecord r, @Nullable Long recordedBy) {
        jdbc.sql("""
                        INSERT INTO duty_record (region_code, duty_code, post_id, performed_on, note, attachment_ids,
                            source, source_id, recorded_by, recorded_by_name, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(
                        r.regionCode(),
                        r.dutyCode(),
                        new SqlParameterValue(Types.BIGINT, r.postId()),
                        Date.valueOf(r.performedOn()),
                        r.note(),
                        r.attachmentIds().toArray(Long[]::new),
                        r.source(),
                        new SqlParameterValue(Types.BIGINT, r.sourceId()),
                        new SqlParameterValue(Types.BIGINT, recordedBy),
                        r.recordedByName(),
                        Timestamp.from(r.recordedAt()))
                .update();
    }

    java.util.Optional<DutyRecord> find(long id) {
        return jdbc.sql("SELECT * FROM duty_record WHERE id = ?")
                .param(id)
                .query(DutyRecordStore::map)
                .optional();
    }

    /** The region's records performed in [from, to] and known by {@code knownBy}. */
    List<DutyRecord> of(String regionCode, LocalDate from, LocalDate to, Instant knownBy) {
        return jdbc.sql("""
                        SELECT * FROM duty_record WHERE region_code = ? AND performed_on BETWEEN ? AND ?
                          AND recorded_at <= ? ORDER BY performed_on, id""")
                .params(regionCode, Date.valueOf(from), Date.valueOf(to), Timestamp.from(knownBy))
                .query(DutyRecordStore::map)
                .list();
    }

    private static DutyRecord map(ResultSet rs, int row) throws SQLException {
        return new DutyRecord(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getString("duty_code"),
                rs.getObject("post_id", Long.class),
                rs.getDate("performed_on").toLocalDate(),
                rs.getString("note"),
                ids(rs.getArray("attachment_ids")),
                rs.getString("source"),
                rs.getObject("source_id", Long.class),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<Long> ids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
