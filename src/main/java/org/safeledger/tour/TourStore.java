package org.safeledger.tour;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Party;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code tour}, {@code tour_target}, {@code tour_finding} and {@code tour_sample}. */
@Repository
class TourStore {

    private final JdbcClient jdbc;

    TourStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(TourRecord t, Instant now) {
        var body = t.body();
        return jdbc.sql("""
                INSERT INTO tour (kind, title, body_kind, body_department_id, body_region, body_name, target_region,
                    starts_on, ends_on, leader, members, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TOURING', ?, ?, ?) RETURNING id""")
                .params(
                        t.kind().name(),
                        t.title(),
                        body.kind().name(),
                        body.kind() == ResponsibleKind.DEPARTMENT ? body.id() : null,
                        body.region().value(),
                        body.name(),
                        t.targetRegion(),
                        Date.valueOf(t.startsOn()),
                        Date.valueOf(t.endsOn()),
                        t.leader(),
                        t.members().toArray(String[]::new),
                        t.createdBy(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The target the party is, added once (a second finding against it finds the same row). */
    long target(long tourId, Party party) {
        jdbc.sql("""
                INSERT INTO tour_target (tour_id, kind, party_id, party_region, name, region_code)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(
                        tourId,
                        party.kind().name(),
                        party.id(),
                        party.regionCode(),
                        party.name(),
                        party.region().value())
                .update();
        return jdbc.sql("""
                SELECT id FROM tour_target WHERE tour_id = ? AND kind = ?
                  AND party_id IS NOT DISTINCT FROM ? AND party_region IS NOT DISTINCT FROM ?""")
                .params(tourId, party.kind().name(), party.id(), party.regionCode())
                .query(Long.class)
                .single();
    }

    long insertFinding(long tourId, long targetId, TourFinding f) {
        return jdbc.sql("""
                INSERT INTO tour_finding (tour_id, target_id, title, description, evidence_ids, hazard_id,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        tourId,
                        targetId,
                        f.title(),
                        f.description(),
                        f.evidenceIds().toArray(Long[]::new),
                        f.hazardId(),
                        f.recordedBy(),
                        Timestamp.from(f.recordedAt()))
                .query(Long.class)
                .single();
    }

    void linkItem(long findingId, long rectificationId) {
        jdbc.sql("UPDATE tour_finding SET rectification_id = ? WHERE id = ?")
                .params(rectificationId, findingId)
                .update();
    }

    void saveReport(long targetId, String report, List<Long> ids, Instant at, String by) {
        jdbc.sql("""
                UPDATE tour_target SET principal_report = ?, principal_report_ids = ?, principal_reported_at = ?,
                    principal_reported_by = ? WHERE id = ?""")
                .params(report, ids.toArray(Long[]::new), Timestamp.from(at), by, targetId)
                .update();
    }

    long insertSample(long tourId, TourSample s) {
        return jdbc.sql("""
                INSERT INTO tour_sample (tour_id, seed, pool, size, drawn, drawn_by, drawn_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        tourId,
                        s.seed(),
                        s.pool().toArray(Long[]::new),
                        s.size(),
                        s.drawn().toArray(Long[]::new),
                        s.drawnBy(),
                        Timestamp.from(s.drawnAt()))
                .query(Long.class)
                .single();
    }

    /** Takes the row lock, then saves the tour's changed state if its version is still {@code expected}. */
    void save(Tour tour, int expected, Instant now) {
        var s = tour.state();
        int updated = jdbc.sql("""
                UPDATE tour SET status = ?, feedback_on = ?, plan_due = ?, report_due = ?, summary = ?,
                    published_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?""")
                .params(
                        s.status().name(),
                        date(s.feedbackOn()),
                        date(s.planDue()),
                        date(s.reportDue()),
                        s.summary(),
                        s.publishedAt() == null ? null : Timestamp.from(s.publishedAt()),
                        Timestamp.from(now),
                        tour.id(),
                        expected)
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.tour.stale", tour.id());
        }
    }

    /** Locks the tour's row for a step that adds to it (findings, reports, samples). */
    void lock(long id) {
        jdbc.sql("SELECT id FROM tour WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void setToken(long id, String token) {
        jdbc.sql("UPDATE tour SET public_token = ? WHERE id = ? AND public_token IS NULL")
                .params(token, id)
                .update();
    }

    Optional<Tour> find(long id) {
        return load(id);
    }

    Optional<Long> byToken(String token) {
        return jdbc.sql("SELECT id FROM tour WHERE public_token = ?")
                .param(token)
                .query(Long.class)
                .optional();
    }

    /**
     * The candidates for an actor's list, newest first: tours whose body or toured region lies in its subtree, or
     * whose toured region holds it; the access rule then decides each.
     */
    List<Long> candidates(RegionCode region, int limit) {
        return jdbc.sql("""
                SELECT id FROM tour
                WHERE body_region LIKE :prefix || '%' OR target_region LIKE :prefix || '%'
                   OR target_region IN (:lineage)
                ORDER BY id DESC LIMIT :limit""")
                .param("prefix", region.subtreePrefix())
                .param("lineage", lineage(region))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static List<String> lineage(RegionCode region) {
        var codes = new java.util.ArrayList<>(
                region.lineage().stream().map(RegionCode::value).toList());
        codes.add(region.value());
        return codes;
    }

    private Optional<Tour> load(long id) {
        var head = jdbc.sql("SELECT t.*, r.name AS target_region_name FROM tour t"
                        + " JOIN region r ON r.code = t.target_region WHERE t.id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {record(rs), state(rs)})
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var record = head.get();
        var targets = jdbc.sql("SELECT * FROM tour_target WHERE tour_id = ? ORDER BY id")
                .param(id)
                .query(TourStore::target)
                .list();
        var findings = jdbc.sql("SELECT * FROM tour_finding WHERE tour_id = ? ORDER BY id")
                .param(id)
                .query(TourStore::finding)
                .list();
        var samples = jdbc.sql("SELECT * FROM tour_sample WHERE tour_id = ? ORDER BY id")
                .param(id)
                .query(TourStore::sample)
                .list();
        return Optional.of(new Tour((TourRecord) record[0], (Tour.TourState) record[1], targets, findings, samples));
    }

    private static TourRecord record(ResultSet rs) throws SQLException {
        var bodyKind = ResponsibleKind.valueOf(rs.getString("body_kind"));
        var bodyRegion = rs.getString("body_region");
        var body = new Party(
                bodyKind,
                (Long) rs.getObject("body_department_id"),
                bodyKind.regional() ? bodyRegion : null,
                new RegionCode(bodyRegion),
                rs.getString("body_name"));
        return new TourRecord(
                rs.getLong("id"),
                TourKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                body,
                rs.getString("target_region"),
                rs.getString("target_region_name"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("leader"),
                List.of((String[]) rs.getArray("members").getArray()),
                rs.getString("public_token"),
                rs.getLong("created_by"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Tour.TourState state(ResultSet rs) throws SQLException {
        return new Tour.TourState(
                TourStatus.valueOf(rs.getString("status")),
                localDate(rs, "feedback_on"),
                localDate(rs, "plan_due"),
                localDate(rs, "report_due"),
                rs.getString("summary"),
                instant(rs, "published_at"),
                rs.getInt("version"));
    }

    private static TourTarget target(ResultSet rs, int row) throws SQLException {
        var kind = ResponsibleKind.valueOf(rs.getString("kind"));
        return new TourTarget(
                rs.getLong("id"),
                new Party(
                        kind,
                        (Long) rs.getObject("party_id"),
                        rs.getString("party_region"),
                        new RegionCode(rs.getString("region_code")),
                        rs.getString("name")),
                rs.getString("principal_report"),
                ids(rs.getArray("principal_report_ids")),
                instant(rs, "principal_reported_at"),
                rs.getString("principal_reported_by"));
    }

    private static TourFinding finding(ResultSet rs, int row) throws SQLException {
        return new TourFinding(
                rs.getLong("id"),
                rs.getLong("target_id"),
                rs.getString("title"),
                rs.getString("description"),
                ids(rs.getArray("evidence_ids")),
                (Long) rs.getObject("hazard_id"),
                (Long) rs.getObject("rectification_id"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static TourSample sample(ResultSet rs, int row) throws SQLException {
        return new TourSample(
                rs.getLong("id"),
                rs.getLong("seed"),
                ids(rs.getArray("pool")),
                rs.getInt("size"),
                ids(rs.getArray("drawn")),
                rs.getString("drawn_by"),
                rs.getTimestamp("drawn_at").toInstant());
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<Long> ids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
