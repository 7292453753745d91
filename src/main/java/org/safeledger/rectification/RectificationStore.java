package org.safeledger.rectification;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code rectification} and {@code rectification_event}: the item's state, its timeline, the ledger. */
@Repository
class RectificationStore {

    private static final String COLUMNS = "r.*";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    RectificationStore(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    long insert(RectificationState s) {
        return jdbc.sql("""
                INSERT INTO rectification (origin, origin_id, title, description, responsible_kind, responsible_id,
                    responsible_region, responsible_name, region_code, assigned_by, assigner_name,
                    assigner_department_id, assigner_region, status, assigned_on, deadline, original_deadline,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        s.origin().name(),
                        s.originId(),
                        s.title(),
                        s.description(),
                        s.responsibleKind().name(),
                        s.responsibleId(),
                        s.responsibleRegion(),
                        s.responsibleName(),
                        s.regionCode(),
                        s.assignedBy(),
                        s.assignerName(),
                        s.assignerDepartmentId(),
                        s.assignerRegion(),
                        s.status().name(),
                        Date.valueOf(s.assignedOn()),
                        Date.valueOf(s.deadline()),
                        Date.valueOf(s.originalDeadline()),
                        Timestamp.from(s.createdAt()),
                        Timestamp.from(s.updatedAt()))
                .query(Long.class)
                .single();
    }

    Optional<Rectification> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rectification r WHERE r.id = ?")
                .param(id)
                .query(RectificationStore::map)
                .optional();
    }

    /**
     * Saves a step's new state if nobody saved another meanwhile ({@code version} as the step read it), and its
     * timeline events with it; 409 naming the version otherwise.
     */
    void save(Rectification item, int expectedVersion) {
        var s = item.state();
        var asked = s.extensionAsked();
        int updated = jdbc.sql("""
                UPDATE rectification SET status = ?, deadline = ?, plan = ?, measures = ?, last_report_on = ?,
                    evidence = ?, evidence_ids = ?, extensions = ?, rejections = ?, reopenings = ?, opinion = ?,
                    extension_deadline = ?, extension_reason = ?, extension_progress = ?, extension_asked_on = ?,
                    extension_answer_by = ?, extension_asked_by = ?,
                    escalation_tier = CASE WHEN ? THEN 0 ELSE escalation_tier END,
                    closed_at = ?, closed_by = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(
                        s.status().name(),
                        Date.valueOf(s.deadline()),
                        s.plan(),
                        s.measures(),
                        s.lastReportOn() == null ? null : Date.valueOf(s.lastReportOn()),
                        s.evidence(),
                        s.evidenceIds().toArray(Long[]::new),
                        s.extensions(),
                        s.rejections(),
                        s.reopenings(),
                        s.opinion(),
                        asked == null ? null : Date.valueOf(asked.newDeadline()),
                        asked == null ? null : asked.reason(),
                        asked == null ? null : asked.progress(),
                        asked == null ? null : Date.valueOf(asked.askedOn()),
                        asked == null ? null : Date.valueOf(asked.answerBy()),
                        asked == null ? null : asked.askedBy(),
                        item.escalationReset(),
                        s.closedAt() == null ? null : Timestamp.from(s.closedAt()),
                        s.closedBy(),
                        Timestamp.from(s.updatedAt()),
                        s.id(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.rectification.stale", s.id());
        }
        insertEvents(item.pendingEvents());
        item.saved(true);
    }

    /**
     * Saves the tiers the sweep moved, with their timeline events; the rest of the item and its version are
     * untouched, so that a page open on it stays current (a user's step writes the tier only when it resets it).
     */
    void saveEscalation(Rectification item) {
        var s = item.state();
        jdbc.sql("UPDATE rectification SET escalation_tier = ?, updated_at = ? WHERE id = ?")
                .params(s.escalationTier(), Timestamp.from(s.updatedAt()), s.id())
                .update();
        insertEvents(item.pendingEvents());
        item.saved(false);
    }

    private static final String INSERT_EVENT = "INSERT INTO rectification_event"
            + " (rectification_id, type, at, actor_id, actor_name, from_status, to_status, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))";

    void insertEvents(List<RectificationEvent> events) {
        batches.batchUpdate(
                INSERT_EVENT,
                events.stream()
                        .map(e -> new Object[] {
                            e.rectificationId(),
                            e.type().name(),
                            Timestamp.from(e.at()),
                            e.actorId(),
                            e.actorName(),
                            e.fromStatus() == null ? null : e.fromStatus().name(),
                            e.toStatus().name(),
                            json.writeValueAsString(e.detail())
                        })
                        .toList());
    }

    @SuppressWarnings("unchecked")
    List<RectificationEvent> events(long id) {
        return jdbc.sql("SELECT * FROM rectification_event WHERE rectification_id = ? ORDER BY id")
                .param(id)
                .query((rs, row) -> new RectificationEvent(
                        rs.getLong("rectification_id"),
                        RectificationEvent.Type.valueOf(rs.getString("type")),
                        rs.getTimestamp("at").toInstant(),
                        (Long) rs.getObject("actor_id"),
                        rs.getString("actor_name"),
                        rs.getString("from_status") == null
                                ? null
                                : RectificationStatus.valueOf(rs.getString("from_status")),
                        RectificationStatus.valueOf(rs.getString("to_status")),
                        json.readValue(rs.getString("detail"), Map.class)))
                .list();
    }

    /** A page of the ledger: the access predicate, the filters, newest first. */
    PageResult<Rectification> list(
            RectificationAccess.Scoped access, RectificationFilter filter, Clocks clocks, PageRequest page) {
        var where = new ArrayList<String>(List.of(access.sql()));
        var params = new HashMap<String, Object>(access.params());
        params.put("today", Date.valueOf(clocks.today()));
        if (filter.origin() != null) {
            where.add("r.origin = :origin");
            params.put("origin", filter.origin().name());
        }
        if (filter.responsibleKind() != null) {
            where.add("r.responsible_kind = :kind");
            params.put("kind", filter.responsibleKind().name());
        }
        if (filter.regionCode() != null) {
            where.add("r.region_code LIKE :regionPrefix || '%'");
            params.put("regionPrefix", new org.safeledger.shared.RegionCode(filter.regionCode()).subtreePrefix());
        }
        if (filter.status() != null) {
            where.add("r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.overdue() != null) {
            where.add((filter.overdue() ? "" : "NOT ") + "(" + OVERDUE + ")");
        }
        if (filter.supervision() != null) {
            where.add(COLOUR + " = :colour");
            params.put("colour", filter.supervision().name());
            params.put("planCutoff", Date.valueOf(clocks.planCutoff()));
            params.put("reportCutoff", Date.valueOf(clocks.reportCutoff()));
            params.put("nearCutoff", Date.valueOf(clocks.nearCutoff()));
        }
        var condition = String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM rectification r WHERE " + condition)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM rectification r WHERE " + condition
                        + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(RectificationStore::map)
                .list();
        return new PageResult<>(items, total);
    }

    private static final String OWED = "r.status IN ('ASSIGNED', 'RECTIFYING')";
    private static final String OVERDUE = OWED + " AND r.deadline < :today";

    /** {@link Rectification#supervisionOn} as SQL, with the clocks' cut-off dates as parameters. */
    private static final String COLOUR = "(CASE WHEN NOT (" + OWED + ") THEN NULL"
            + " WHEN r.deadline < :today THEN 'RED'"
            + " WHEN r.status = 'ASSIGNED' AND r.assigned_on < :planCutoff THEN 'YELLOW'"
            + " WHEN r.status = 'RECTIFYING' AND (r.rejections > 0 OR r.last_report_on IS NULL"
            + " OR r.last_report_on < :reportCutoff) THEN 'YELLOW'"
            + " WHEN r.deadline <= :nearCutoff THEN 'BLUE' END)";

    /** The day and the cut-offs the colour rule compares with, from the clocks and today. */
    record Clocks(LocalDate today, LocalDate planCutoff, LocalDate reportCutoff, LocalDate nearCutoff) {
        static Clocks of(LocalDate today, RectificationProperties p) {
            return new Clocks(
                    today, today.minus(p.planWithin()), today.minus(p.reportEvery()), today.plus(p.nearDeadline()));
        }
    }

    /** Owed items whose deadline has reached a new tier, locked for the sweep; rows held by a user are skipped. */
    List<Rectification> lockDueForEscalation(int fromTier, LocalDate cutoff, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rectification r WHERE " + OWED
                        + " AND r.escalation_tier = ? AND r.deadline <= ? ORDER BY r.deadline, r.id LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED")
                .params(fromTier, Date.valueOf(cutoff), limit)
                .query(RectificationStore::map)
                .list();
    }

    /**
     * Owed items not yet overdue whose deadline is within the blue window and not yet reminded of for that
     * deadline, with their responsible leader's account if they name one; locked for the sweep.
     */
    List<Map.Entry<Rectification, Optional<Long>>> lockDueForReminder(
            LocalDate today, LocalDate nearCutoff, int limit) {
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM rectification r WHERE " + OWED
                        + " AND r.deadline >= ? AND r.deadline <= ? AND NOT EXISTS (SELECT 1 FROM rectification_reminder m"
                        + " WHERE m.rectification_id = r.id AND m.deadline = r.deadline)"
                        + " ORDER BY r.deadline, r.id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(Date.valueOf(today), Date.valueOf(nearCutoff), limit)
                .query(RectificationStore::map)
                .list();
        var found = new ArrayList<Map.Entry<Rectification, Optional<Long>>>();
        for (var item : items) {
            var owner = jdbc.sql("SELECT user_id FROM rectification_owner WHERE rectification_id = ?")
                    .param(item.id())
                    .query((rs, n) -> Optional.ofNullable(rs.getObject("user_id", Long.class)))
                    .optional()
                    .flatMap(o -> o);
            found.add(Map.entry(item, owner));
        }
        return found;
    }

    void reminded(long id, LocalDate deadline, Instant at) {
        jdbc.sql("INSERT INTO rectification_reminder (rectification_id, deadline, sent_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(id, Date.valueOf(deadline), Timestamp.from(at))
                .update();
    }

    void owner(long id, @Nullable Long userId, String post, String name) {
        jdbc.sql("INSERT INTO rectification_owner (rectification_id, user_id, post, name) VALUES (?, ?, ?, ?)")
                .params(id, userId, post, name)
                .update();
    }

    /** The items opened from one origin record (an investigation's accident, a tour). */
    List<Rectification> ofOrigin(Origin origin, long originId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM rectification r WHERE r.origin = ? AND r.origin_id = ? ORDER BY r.id")
                .params(origin.name(), originId)
                .query(RectificationStore::map)
                .list();
    }

    /** The record's items whose timeline had them closed at {@code at}: a sample's pool, now or as drawn. */
    List<Long> closedAt(Origin origin, long originId, Instant at) {
        return jdbc.sql("""
                        SELECT r.id FROM rectification r
                        WHERE r.origin = ? AND r.origin_id = ?
                          AND (SELECT e.to_status FROM rectification_event e
                               WHERE e.rectification_id = r.id AND e.at <= ? ORDER BY e.id DESC LIMIT 1) = 'CLOSED'
                        ORDER BY r.id""")
                .params(origin.name(), originId, Timestamp.from(at))
                .query(Long.class)
                .list();
    }

    private static Rectification map(ResultSet rs, int row) throws SQLException {
        return new Rectification(new RectificationState(
                rs.getLong("id"),
                Origin.valueOf(rs.getString("origin")),
                (Long) rs.getObject("origin_id"),
                rs.getString("title"),
                rs.getString("description"),
                ResponsibleKind.valueOf(rs.getString("responsible_kind")),
                (Long) rs.getObject("responsible_id"),
                rs.getString("responsible_region"),
                rs.getString("responsible_name"),
                rs.getString("region_code"),
                rs.getLong("assigned_by"),
                rs.getString("assigner_name"),
                (Long) rs.getObject("assigner_department_id"),
                rs.getString("assigner_region"),
                RectificationStatus.valueOf(rs.getString("status")),
                rs.getDate("assigned_on").toLocalDate(),
                rs.getDate("deadline").toLocalDate(),
                rs.getDate("original_deadline").toLocalDate(),
                rs.getString("plan"),
                rs.getString("measures"),
                date(rs, "last_report_on"),
                rs.getString("evidence"),
                ids(rs.getArray("evidence_ids")),
                rs.getInt("extensions"),
                extensionAsked(rs),
                rs.getInt("rejections"),
                rs.getInt("reopenings"),
                rs.getString("opinion"),
                rs.getInt("escalation_tier"),
                instant(rs, "closed_at"),
                (Long) rs.getObject("closed_by"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant()));
    }

    private static @Nullable ExtensionRequest extensionAsked(ResultSet rs) throws SQLException {
        var newDeadline = date(rs, "extension_deadline");
        if (newDeadline == null) {
            return null;
        }
        return new ExtensionRequest(
                newDeadline,
                rs.getString("extension_reason"),
                rs.getString("extension_progress"),
                rs.getDate("extension_asked_on").toLocalDate(),
                rs.getDate("extension_answer_by").toLocalDate(),
                rs.getString("extension_asked_by"));
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<Long> ids(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((Long[]) array.getArray());
    }
}
