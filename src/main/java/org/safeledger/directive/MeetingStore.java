package org.safeledger.directive;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.PostHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code meeting} and {@code meeting_decision}. */
@Repository
class MeetingStore {

    /** A meeting row as stored. */
    record Row(
            long id,
            MeetingKind kind,
            String regionCode,
            String regionName,
            LocalDate heldOn,
            String topic,
            @Nullable Long minutesAttachmentId,
            String recordedBy,
            Instant createdAt) {}

    /** A decision row: its owner and its item. */
    record DecisionRow(
            long id, String title, long ownerPostId, String ownerPost, String ownerName, long rectificationId) {}

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            MeetingKind kind,
            String region,
            LocalDate heldOn,
            String topic,
            @Nullable Long minutes,
            long by,
            String byName,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO meeting (kind, region_code, held_on, topic, minutes_attachment_id, recorded_by,
                    recorded_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(kind.name(), region, Date.valueOf(heldOn), topic, minutes, by, byName, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void insertDecision(long meetingId, String title, PostHolder owner, long rectificationId) {
        jdbc.sql("""
                INSERT INTO meeting_decision (meeting_id, title, owner_post_id, owner_post, owner_name, owner_user_id,
                    rectification_id) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        meetingId,
                        title,
                        owner.postId(),
                        owner.title(),
                        owner.personName(),
                        owner.userId(),
                        rectificationId)
                .update();
    }

    private static final String SELECT =
            "SELECT m.*, r.name AS region_name FROM meeting m" + " JOIN region r ON r.code = m.region_code";

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?")
                .param(id)
                .query(MeetingStore::row)
                .optional();
    }

    /** Meetings of the regions in the subtree and of the regions above it, newest first. */
    List<Row> list(String subtreePrefix, List<String> lineage, int limit) {
        return jdbc.sql(SELECT + " WHERE m.region_code LIKE :prefix || '%' OR m.region_code IN (:lineage)"
                        + " ORDER BY m.held_on DESC, m.id DESC LIMIT :limit")
                .param("prefix", subtreePrefix)
                .param("lineage", lineage)
                .param("limit", limit)
                .query(MeetingStore::row)
                .list();
    }

    List<DecisionRow> decisions(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_decision WHERE meeting_id = ? ORDER BY id")
                .param(meetingId)
                .query((rs, n) -> new DecisionRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("owner_post_id"),
                        rs.getString("owner_post"),
                        rs.getString("owner_name"),
                        rs.getLong("rectification_id")))
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("region_code"),
                rs.getString("region_name"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("topic"),
                rs.getObject("minutes_attachment_id", Long.class),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("created_at").toInstant());
    }
}
