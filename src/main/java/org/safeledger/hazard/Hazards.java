package org.safeledger.hazard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hazard table and its timeline. Reads take the reader's scope: the hazard's region subtree, its sector
 * among the reader's sectors (the department that supervises a sector sees that sector's hazards), its
 * enterprise for enterprise users. Filters add fixed SQL fragments with bound parameters, only those in use, so
 * that each query shape gets a plan that fits it.
 */
@Repository
class Hazards {

    private static final String SELECT = "SELECT h.*, e.name AS enterprise_name, d.name AS listing_department_name"
            + " FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"
            + " LEFT JOIN department d ON d.id = h.listing_department_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    Hazards(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    long insert(HazardState s) {
        long id = jdbc.sql("""
                        INSERT INTO hazard (enterprise_id, region_code, title, description, location, longitude, latitude,
                            sector, source, grade, status, discovered_at, discovered_by, reported_by, photo_ids, plan,
                            responsible_person, deadline, evidence, evidence_ids, rectified_on_spot, created_at, updated_at, risk_point_id)
                        VALUES (:enterpriseId, :regionCode, :title, :description, :location, :longitude, :latitude,
                            :sector, :source, :grade, :status, :discoveredAt, :discoveredBy, :reportedBy, :photoIds, :plan,
                            :responsiblePerson, :deadline, :evidence, :evidenceIds, :rectifiedOnSpot, :createdAt, :createdAt, :riskPointId)
                        RETURNING id""")
                .param("enterpriseId", s.enterpriseId())
                .param("regionCode", s.regionCode())
                .param("title", s.title())
                .param("description", s.description())
                .param("location", s.location())
                .param("longitude", new SqlParameterValue(Types.NUMERIC, s.longitude()))
                .param("latitude", new SqlParameterValue(Types.NUMERIC, s.latitude()))
                .param("sector", s.sector().name())
                .param("source", s.source().name())
                .param("grade", s.grade().name())
                .param("status", s.status().name())
                .param("discoveredAt", Timestamp.from(s.discoveredAt()))
                .param("discoveredBy", s.discoveredBy())
                .param("reportedBy", s.reportedBy())
                .param("photoIds", s.photoIds().toArray(Long[]::new))
                .param("plan", new SqlParameterValue(Types.VARCHAR, s.plan()))
                .param("responsiblePerson", new SqlParameterValue(Types.VARCHAR, s.responsiblePerson()))
                .param(
                        "deadline",
                        new SqlParameterValue(
                                Types.DATE, s.deadline() == null ? null : java.sql.Date.valueOf(s.deadline())))
                .param("evidence", new SqlParameterValue(Types.VARCHAR, s.evidence()))
                .param("evidenceIds", s.evidenceIds().toArray(Long[]::new))
                .param("rectifiedOnSpot", s.rectifiedOnSpot())
                .param("createdAt", Timestamp.from(s.createdAt()))
                .param("riskPointId", new SqlParameterValue(Types.BIGINT, s.riskPointId()))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO hazard_text (hazard_id, text) VALUES (?, ?)")
                .params(id, s.title() + " " + s.description() + " " + s.location())
                .update();
        return id;
    }

    /** Saves the mutable state when the stored version is still the one loaded; false when someone was first. */
    boolean update(Hazard h) {
        return jdbc.sql("""
                        UPDATE hazard SET status = :status, plan = :plan, responsible_person = :responsiblePerson,
                            deadline = :deadline, extensions = :extensions, evidence = :evidence,
                            evidence_ids = :evidenceIds, cost_yuan = :costYuan, rejections = :rejections,
                            verification_opinion = :opinion, closed_at = :closedAt, closed_by = :closedBy,
                            updated_at = :updatedAt, version = version + 1,
                            escalation_tier = CASE WHEN :escalationReset THEN 0 ELSE escalation_tier END,
                            listing_level = :listingLevel, listing_department_id = :listingDepartmentId,
                            listing_notice_no = :listingNoticeNo, listing_deadline = :listingDeadline,
                            listed_at = :listedAt, listed_by = :listedBy, explanation_due = :explanationDue,
                            flags = :flags, grade = :grade,
                            repeat_at = CASE WHEN 'REPEAT' = ANY(CAST(:flags AS text[])) THEN coalesce(repeat_at, :updatedAt) END,
                            five_implementations = CAST(:five AS jsonb), treatment_plan = CAST(:plan6 AS jsonb)
                        WHERE id = :id AND version = :version""")
                        .param("status", h.status().name())
                        .param("plan", new SqlParameterValue(Types.VARCHAR, h.plan()))
                        .param("responsiblePerson", new SqlParameterValue(Types.VARCHAR, h.responsiblePerson()))
                        .param(
                                "deadline",
                                new SqlParameterValue(
                                        Types.DATE, h.deadline() == null ? null : java.sql.Date.valueOf(h.deadline())))
                        .param("extensions", h.extensions())
                        .param("evidence", new SqlParameterValue(Types.VARCHAR, h.evidence()))
                        .param("evidenceIds", h.evidenceIds().toArray(Long[]::new))
                        .param("costYuan", new SqlParameterValue(Types.BIGINT, h.costYuan()))
                        .param("rejections", h.rejections())
                        .param("opinion", new SqlParameterValue(Types.VARCHAR, h.verificationOpinion()))
                        .param(
                                "closedAt",
                                new SqlParameterValue(
                                        Types.TIMESTAMP, h.closedAt() == null ? null : Timestamp.from(h.closedAt())))
                        .param("closedBy", new SqlParameterValue(Types.BIGINT, h.closedBy()))
                        .param("updatedAt", Timestamp.from(h.updatedAt()))
                        .param("escalationReset", h.escalationReset())
                        .param(
                                "listingLevel",
                                new SqlParameterValue(
                                        Types.VARCHAR,
                                        h.listing() == null
                                                ? null
                                                : h.listing().level().name()))
                        .param(
                                "listingDepartmentId",
                                new SqlParameterValue(
                                        Types.BIGINT,
                                        h.listing() == null ? null : h.listing().departmentId()))
                        .param(
                                "listingNoticeNo",
                                new SqlParameterValue(
                                        Types.VARCHAR,
                                        h.listing() == null ? null : h.listing().noticeNo()))
                        .param(
                                "listingDeadline",
                                new SqlParameterValue(
                                        Types.DATE,
                                        h.listing() == null
                                                ? null
                                                : java.sql.Date.valueOf(
                                                        h.listing().deadline())))
                        .param(
                                "listedAt",
                                new SqlParameterValue(
                                        Types.TIMESTAMP,
                                        h.listing() == null
                                                ? null
                                                : Timestamp.from(h.listing().listedAt())))
                        .param(
                                "listedBy",
                                new SqlParameterValue(
                                        Types.BIGINT,
                                        h.listing() == null ? null : h.listing().listedBy()))
                        .param("explanationDue", h.explanationDue())
                        .param(
                                "flags",
                                h.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
                        .param("grade", h.grade().name())
                        .param(
                                "five",
                                new SqlParameterValue(
                                        Types.VARCHAR,
                                        h.fiveImplementations() == null
                                                ? null
                                                : FIVE.writeValueAsString(h.fiveImplementations())))
                        .param(
                                "plan6",
                                new SqlParameterValue(
                                        Types.VARCHAR,
                                        h.treatmentPlan() == null ? null : FIVE.writeValueAsString(h.treatmentPlan())))
                        .param("id", h.id())
                        .param("version", h.version())
                        .update()
                == 1;
    }

    void insertEvents(List<HazardEvent> events) {
        if (events.size() == 1) {
            var e = events.get(0);
            jdbc.sql(INSERT_EVENT).params(eventValues(e)).update();
            return;
        }
        batches.batchUpdate(INSERT_EVENT, events.stream().map(this::eventValues).toList());
    }

    private static final String INSERT_EVENT =
            "INSERT INTO hazard_event (hazard_id, at, actor_id, actor_name, type, from_status, to_status, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))";

    private Object[] eventValues(HazardEvent e) {
        return new Object[] {
            e.hazardId(),
            Timestamp.from(e.at()),
            e.actorId(),
            e.actorName(),
            e.type().name(),
            e.fromStatus() == null ? null : e.fromStatus().name(),
            e.toStatus().name(),
            json.writeValueAsString(e.detail())
        };
    }

    /**
     * Locks (skipping rows another transaction holds) up to {@code limit} owed rectifications at escalation tier
     * {@code tier} whose deadline is on or before the cutoff (they have reached at least the next tier). One range
     * of {@code hazard_escalation_idx}, walked in its own order, so PostgreSQL reads the crossing hazards and no
     * others: the tier is a literal, which lets the planner prove the partial index's predicate, and the ORDER BY
     * is the index's, which keeps it from choosing a scan of the table (the whole table's statistics suggest many
     * matches, since closed hazards also sit at tier 0 with past deadlines).
     */
    List<LedgerEntry> lockDueForEscalation(int tier, LocalDate cutoff, int limit) {
        if (tier < 0 || tier >= Hazard.MAX_ESCALATION_TIER) {
            throw new IllegalArgumentException("no escalation from tier " + tier);
        }
        return jdbc.sql(SELECT + " WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.escalation_tier < 3"
                        + " AND h.escalation_tier = " + tier + " AND h.deadline <= :cutoff"
                        + " ORDER BY h.escalation_tier, h.deadline LIMIT :limit FOR UPDATE OF h SKIP LOCKED")
                .param("cutoff", java.sql.Date.valueOf(cutoff))
                .param("limit", limit)
                .query(Hazards::map)
                .list();
    }

    void insertCitations(long hazardId, List<Citation> citations) {
        for (var c : citations) {
            jdbc.sql("INSERT INTO hazard_citation (hazard_id, clause_id, standard_code, version_key, number, text,"
                            + " cited_at, cited_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(
                            hazardId,
                            c.clauseId(),
                            c.standardCode(),
                            c.versionKey(),
                            c.number(),
                            c.text(),
                            Timestamp.from(c.citedAt()),
                            c.citedBy())
                    .update();
        }
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

    /** Per enterprise with anything to count: majors found since, repeats flagged since, deadlines missed since. */
    List<PatternCounts> patternCounts(java.time.Instant since, LocalDate sinceDay, LocalDate today, ZoneId zone) {
        return jdbc.sql("""
                        SELECT h.enterprise_id,
                            count(*) FILTER (WHERE h.grade = 'MAJOR' AND h.discovered_at >= :since) AS major,
                            count(*) FILTER (WHERE h.deadline >= :sinceDay AND h.deadline < :today
                                AND (h.closed_at IS NULL OR (h.closed_at AT TIME ZONE :zone)::date > h.deadline)
                                -- an investigation's items may be the authorities' to carry out, not the enterprise's
                                AND h.source <> 'ACCIDENT_INVESTIGATION') AS overdue,
                            count(*) FILTER (WHERE h.repeat_at >= :since) AS repeats
                        FROM hazard h
                        WHERE h.discovered_at >= :since OR h.deadline >= :sinceDay OR h.repeat_at >= :since
                        GROUP BY h.enterprise_id""")
                .param("since", Timestamp.from(since))
                .param("sinceDay", java.sql.Date.valueOf(sinceDay))
                .param("today", java.sql.Date.valueOf(today))
                .param("zone", zone.getId())
                .query((rs, n) -> new PatternCounts(
                        rs.getLong("enterprise_id"), rs.getLong("major"), rs.getLong("overdue"), rs.getLong("repeats")))
                .list();
    }

    boolean hasOpenMajor(long enterpriseId) {
        return Boolean.TRUE.equals(
                jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM hazard WHERE enterprise_id = ? AND grade = 'MAJOR'
                            AND status <> 'CLOSED')""").param(enterpriseId).query(Boolean.class).single());
    }

    /** An enforcement document ordered the hazard's rectification (kept for the repeat rule). */
    void insertOrder(long hazardId, String number, String type, java.time.Instant at) {
        jdbc.sql("INSERT INTO hazard_order (hazard_id, document_number, document_type, ordered_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(hazardId, number, type, Timestamp.from(at))
                .update();
    }

    /**
     * Earlier hazards of the enterprise citing one of the clauses (standard code and number, whatever the version)
     * that were ordered rectified or closed between {@code since} and {@code until}.
     */
    List<Long> repeatOf(
            long enterpriseId,
            long hazardId,
            List<String> clauseKeys,
            java.time.Instant since,
            java.time.Instant until) {
        return jdbc.sql("""
                        SELECT DISTINCT h.id FROM hazard_citation c JOIN hazard h ON h.id = c.hazard_id
                        WHERE h.enterprise_id = :enterprise AND h.id <> :hazard
                        AND c.standard_code || ' ' || c.number = ANY(:keys)
                        AND ((h.closed_at >= :since AND h.closed_at <= :until)
                             OR EXISTS (SELECT 1 FROM hazard_order o WHERE o.hazard_id = h.id
                                        AND o.ordered_at >= :since AND o.ordered_at <= :until))
                        ORDER BY h.id""")
                .param("enterprise", enterpriseId)
                .param("hazard", hazardId)
                .param("keys", clauseKeys.toArray(String[]::new))
                .param("since", Timestamp.from(since))
                .param("until", Timestamp.from(until))
                .query(Long.class)
                .list();
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
                .query(Hazards::suspension)
                .optional();
    }

    /** The areas of the enterprise stopped now. */
    List<Suspension> activeSuspensions(long enterpriseId) {
        return jdbc.sql(SUSPENSION + " WHERE s.enterprise_id = ? AND s.lifted_at IS NULL ORDER BY s.suspended_at")
                .param(enterpriseId)
                .query(Hazards::suspension)
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

    List<Citation> citations(long hazardId) {
        return jdbc.sql("SELECT * FROM hazard_citation WHERE hazard_id = ? ORDER BY cited_at, standard_code, number")
                .param(hazardId)
                .query((rs, i) -> new Citation(
                        rs.getLong("clause_id"),
                        rs.getString("standard_code"),
                        rs.getString("version_key"),
                        rs.getString("number"),
                        rs.getString("text"),
                        rs.getTimestamp("cited_at").toInstant(),
                        rs.getLong("cited_by")))
                .list();
    }

    /** Saves a new hazard's flags (found while it was reported). */
    void saveFlags(long id, java.util.Set<HazardFlag> flags) {
        var names = flags.stream().map(Enum::name).sorted().toArray(String[]::new);
        // a new hazard flagged a repeat became one as it was reported (updated_at is still its creation)
        jdbc.sql(
                        "UPDATE hazard SET flags = ?, repeat_at = CASE WHEN 'REPEAT' = ANY(?) THEN updated_at END WHERE id = ?")
                .params(names, names, id)
                .update();
    }

    /** Saves the escalation tiers the sweep moved (the rest of each hazard is untouched, its version too). */
    void saveEscalations(List<Hazard> escalated) {
        batches.batchUpdate(
                "UPDATE hazard SET escalation_tier = ?, updated_at = ? WHERE id = ?",
                escalated.stream()
                        .map(h -> new Object[] {h.escalationTier(), Timestamp.from(h.updatedAt()), h.id()})
                        .toList());
    }

    Optional<LedgerEntry> find(long id, DataScope scope) {
        var sql = new ArrayList<String>(List.of("h.id = :id"));
        var params = new HashMap<String, Object>(Map.of("id", id));
        scope(scope, sql, params);
        return jdbc.sql(SELECT + " WHERE " + String.join(" AND ", sql))
                .params(params)
                .query(Hazards::map)
                .optional();
    }

    List<HazardEvent> events(long hazardId) {
        return jdbc.sql("SELECT * FROM hazard_event WHERE hazard_id = ? ORDER BY id")
                .param(hazardId)
                .query((rs, i) -> new HazardEvent(
                        rs.getLong("hazard_id"),
                        HazardEvent.Type.valueOf(rs.getString("type")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getLong("actor_id"),
                        rs.getString("actor_name"),
                        rs.getString("from_status") == null ? null : HazardStatus.valueOf(rs.getString("from_status")),
                        HazardStatus.valueOf(rs.getString("to_status")),
                        readDetail(rs.getString("detail"))))
                .list();
    }

    PageResult<LedgerEntry> list(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone, PageRequest page) {
        var where = where(scope, filter, today, zone, true);
        long total = jdbc.sql("SELECT count(*) FROM hazard h WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        // Deferred join: the page's ids come from the ledger index alone (an index-only scan that skips the offset
        // without visiting the table); only the page's own rows are then read and joined.
        var items = jdbc.sql("SELECT h.*, e.name AS enterprise_name, d.name AS listing_department_name"
                        + " FROM (SELECT h.id FROM hazard h WHERE " + where.sql()
                        + " ORDER BY " + filter.sort().sql + " LIMIT :limit OFFSET :offset) page"
                        + " JOIN hazard h ON h.id = page.id JOIN enterprise e ON e.id = h.enterprise_id"
                        + " LEFT JOIN department d ON d.id = h.listing_department_id"
                        + " ORDER BY " + filter.sort().sql)
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Hazards::map)
                .list();
        return new PageResult<>(items, total);
    }

    /** One exported row: the hazard, and its enterprise's credit code. */
    @FunctionalInterface
    interface ExportRow {
        void accept(LedgerEntry entry, @Nullable String creditCode);
    }

    /**
     * Every hazard of the filtered ledger, in the ledger's order, handed over one at a time from a server-side
     * cursor (fetched 500 rows at a time), so an export never holds the ledger in memory. Runs inside the caller's
     * transaction (PostgreSQL keeps cursors only in one).
     */
    void stream(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone, ExportRow row) {
        var where = where(scope, filter, today, zone, true);
        var cursor = new JdbcTemplate(java.util.Objects.requireNonNull(batches.getDataSource()));
        cursor.setFetchSize(500);
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(cursor)
                .query(
                        "SELECT h.*, e.name AS enterprise_name, e.credit_code, d.name AS listing_department_name"
                                + " FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"
                                + " LEFT JOIN department d ON d.id = h.listing_department_id WHERE " + where.sql()
                                + " ORDER BY " + filter.sort().sql,
                        where.params(),
                        (ResultSet rs) -> {
                            row.accept(map(rs, 0), rs.getString("credit_code"));
                        });
    }

    /** How many hazards in each status under the filters other than status. */
    Map<HazardStatus, Long> countByStatus(DataScope scope, HazardFilter filter, LocalDate today, ZoneId zone) {
        var where = where(scope, filter, today, zone, false);
        var counts = new EnumMap<HazardStatus, Long>(HazardStatus.class);
        Arrays.stream(HazardStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.sql("SELECT status, count(*) AS n FROM hazard h WHERE " + where.sql() + " GROUP BY status")
                .params(where.params())
                .query(rs -> {
                    counts.put(HazardStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** The home page's numbers for a scope, in one scan of the scope's hazards. */
    HazardWorkload workload(DataScope scope, LocalDate today) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        params.put("today", java.sql.Date.valueOf(today));
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE h.status = 'SUBMITTED') AS awaiting,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING')) AS owed,
                               count(*) FILTER (WHERE h.status = 'RECTIFYING') AS rectifying,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today) AS overdue,
                               count(*) FILTER (WHERE h.grade = 'MAJOR' AND h.status <> 'CLOSED') AS major_open,
                               count(*) FILTER (WHERE h.grade = 'MAJOR' AND h.status = 'SUBMITTED') AS major_awaiting,
                               count(*) FILTER (WHERE h.status IN ('REPORTED', 'RECTIFYING') AND h.escalation_tier = 3) AS to_leaders,
                               count(*) FILTER (WHERE h.listing_level IS NOT NULL AND h.status <> 'CLOSED') AS listed_open
                        FROM hazard h WHERE""" + " " + (sql.isEmpty() ? "TRUE" : String.join(" AND ", sql)))
                .params(params)
                .query((rs, i) -> new HazardWorkload(
                        rs.getLong("awaiting"),
                        rs.getLong("owed"),
                        rs.getLong("rectifying"),
                        rs.getLong("overdue"),
                        rs.getLong("major_open"),
                        rs.getLong("major_awaiting"),
                        rs.getLong("to_leaders"),
                        rs.getLong("listed_open")))
                .single();
    }

    /**
     * Overdue rectifications under a region, by the region's next level down (a county: by enterprise), with how
     * far each has been escalated. Reads the owed hazards past their deadline only (the open-deadline index).
     */
    List<EscalationRow> escalations(DataScope scope, @Nullable String regionPrefix, LocalDate today) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        var prefix = regionPrefix != null ? regionPrefix : scope.region().subtreePrefix();
        var filterRegion = region(prefix, "filterRegion", params);
        if (filterRegion != null) {
            sql.add(filterRegion);
        }
        sql.add("h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today");
        params.put("today", java.sql.Date.valueOf(today));
        var byEnterprise = prefix.length() == 6;
        var area = switch (prefix.length()) {
            case 0 -> "h.province_code";
            case 2 -> "h.city_code";
            case 4 -> "h.region_code";
            default -> "h.enterprise_id::text";
        };
        var name = byEnterprise
                ? "(SELECT e.name FROM enterprise e WHERE e.id = a.area::bigint)"
                : "(SELECT r.name FROM region r WHERE r.code = rpad(a.area, 6, '0'))";
        return jdbc.sql("SELECT a.*, " + name + " AS name FROM (SELECT " + area + " AS area, count(*) AS overdue,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 1) AS tier1,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 2) AS tier2,"
                        + " count(*) FILTER (WHERE h.escalation_tier = 3) AS tier3"
                        + " FROM hazard h WHERE " + String.join(" AND ", sql) + " GROUP BY 1) a"
                        + " ORDER BY a.tier3 DESC, a.tier2 DESC, a.overdue DESC, a.area")
                .params(params)
                .query((rs, i) -> new EscalationRow(
                        byEnterprise ? null : rpad(rs.getString("area")),
                        byEnterprise ? Long.valueOf(rs.getString("area")) : null,
                        rs.getString("name"),
                        rs.getLong("overdue"),
                        rs.getLong("tier1"),
                        rs.getLong("tier2"),
                        rs.getLong("tier3")))
                .list();
    }

    private static String rpad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static Where where(DataScope scope, HazardFilter f, LocalDate today, ZoneId zone, boolean withStatus) {
        var sql = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(scope, sql, params);
        var filterRegion = f.regionPrefix() == null ? null : region(f.regionPrefix(), "filterRegion", params);
        if (filterRegion != null) {
            sql.add(filterRegion);
        }
        if (f.enterpriseId() != null) {
            sql.add("h.enterprise_id = :enterpriseId");
            params.put("enterpriseId", f.enterpriseId());
        }
        if (f.sector() != null) {
            sql.add("h.sector = :sector");
            params.put("sector", f.sector().name());
        }
        if (f.grade() != null) {
            sql.add("h.grade = :grade");
            params.put("grade", f.grade().name());
        }
        if (withStatus && !f.statuses().isEmpty()) {
            sql.add("h.status = ANY(string_to_array(:statuses, ','))");
            params.put("statuses", f.statuses().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (f.overdue() != null) {
            var overdue = "(h.status IN ('REPORTED', 'RECTIFYING') AND h.deadline < :today)";
            sql.add(f.overdue() ? overdue : "NOT COALESCE(" + overdue + ", false)");
            params.put("today", java.sql.Date.valueOf(today));
        }
        if (f.escalationTier() != null) {
            sql.add("h.escalation_tier = :tier AND h.status IN ('REPORTED', 'RECTIFYING')");
            params.put("tier", f.escalationTier());
        }
        if (Boolean.TRUE.equals(f.suspended())) {
            sql.add("h.id IN (SELECT s.hazard_id FROM hazard_suspension s WHERE s.lifted_at IS NULL)");
        }
        if (f.riskPointId() != null) {
            sql.add("h.risk_point_id = :riskPointId");
            params.put("riskPointId", f.riskPointId());
        }
        if (f.listed() != null) {
            sql.add(f.listed() ? "h.listing_level IS NOT NULL" : "h.listing_level IS NULL");
        }
        if (f.source() != null) {
            sql.add("h.source = :source");
            params.put("source", f.source().name());
        }
        if (f.from() != null) {
            sql.add("h.discovered_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            sql.add("h.discovered_at < :to");
            params.put(
                    "to", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.text() != null) {
            // the user's text is matched literally: %, _ and \ in it are escaped, never wildcards
            // a hazard's number (42, or #42 as pages show it) finds that hazard too
            var number = f.text().strip().replaceFirst("^[#＃]", "");
            var byNumber = number.matches("\\d{1,18}") ? " OR h.id = :number" : "";
            if (!byNumber.isEmpty()) {
                params.put("number", Long.parseLong(number));
            }
            sql.add(
                    "(h.id IN (SELECT t.hazard_id FROM hazard_text t WHERE t.text ILIKE '%' || :text || '%' ESCAPE '\\')"
                            + byNumber + ")");
            params.put(
                    "text", f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return new Where(sql.isEmpty() ? "TRUE" : String.join(" AND ", sql), params);
    }

    private record Where(String sql, Map<String, Object> params) {}

    /**
     * The reader's data scope, in one place for every hazard query: the region subtree at its level, the
     * sectors when the reader is limited to some, the enterprise for enterprise users. Each part is present only
     * when it restricts, so that PostgreSQL's cached (generic) plans need no catch-all predicates.
     */
    private static void scope(DataScope scope, List<String> sql, Map<String, Object> params) {
        var region = region(scope.region().subtreePrefix(), "scopeRegion", params);
        if (region != null) {
            sql.add(region);
        }
        if (!scope.sectors().isEmpty()) {
            sql.add("h.sector = ANY(string_to_array(:scopeSectors, ','))");
            params.put(
                    "scopeSectors",
                    scope.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (scope.enterpriseId() != null) {
            sql.add("h.enterprise_id = :scopeEnterpriseId");
            params.put("scopeEnterpriseId", scope.enterpriseId());
        }
    }

    /**
     * A region subtree as an equality on the column of its level (province, prefecture, county), which the ledger
     * indexes walk in order; null for the whole country.
     */
    private static @Nullable String region(String prefix, String parameter, Map<String, Object> params) {
        var column = switch (prefix.length()) {
            case 0 -> null;
            case 2 -> "h.province_code";
            case 4 -> "h.city_code";
            case 6 -> "h.region_code";
            default -> throw new IllegalArgumentException("not a region prefix: " + prefix);
        };
        if (column == null) {
            return null;
        }
        params.put(parameter, prefix);
        return column + " = :" + parameter;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readDetail(String text) {
        return json.readValue(text, Map.class);
    }

    private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        var deadline = rs.getDate("deadline");
        var closedAt = rs.getTimestamp("closed_at");
        var state = new HazardState(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("region_code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("location"),
                rs.getObject("longitude", BigDecimal.class),
                rs.getObject("latitude", BigDecimal.class),
                Sector.valueOf(rs.getString("sector")),
                HazardSource.valueOf(rs.getString("source")),
                HazardGrade.valueOf(rs.getString("grade")),
                HazardStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("discovered_at").toInstant(),
                rs.getString("discovered_by"),
                rs.getLong("reported_by"),
                ids(rs.getArray("photo_ids")),
                rs.getString("plan"),
                rs.getString("responsible_person"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getInt("extensions"),
                rs.getString("evidence"),
                ids(rs.getArray("evidence_ids")),
                rs.getObject("cost_yuan", Long.class),
                rs.getBoolean("rectified_on_spot"),
                rs.getInt("rejections"),
                rs.getString("verification_opinion"),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getObject("closed_by", Long.class),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("escalation_tier"),
                listing(rs),
                rs.getBoolean("explanation_due"),
                flags(rs.getArray("flags")),
                five(rs.getString("five_implementations")),
                rs.getString("treatment_plan") == null
                        ? null
                        : FIVE.readValue(rs.getString("treatment_plan"), TreatmentPlan.class),
                rs.getObject("risk_point_id", Long.class));
        return new LedgerEntry(new Hazard(state), rs.getString("enterprise_name"));
    }

    private static @Nullable Listing listing(ResultSet rs) throws SQLException {
        var level = rs.getString("listing_level");
        if (level == null) {
            return null;
        }
        return new Listing(
                Listing.Level.valueOf(level),
                rs.getLong("listing_department_id"),
                rs.getString("listing_department_name"),
                rs.getString("listing_notice_no"),
                rs.getDate("listing_deadline").toLocalDate(),
                rs.getTimestamp("listed_at").toInstant(),
                rs.getLong("listed_by"));
    }

    private static final JsonMapper FIVE = JsonMapper.builder().build();

    private static @Nullable FiveImplementations five(@Nullable String json) {
        return json == null ? null : FIVE.readValue(json, FiveImplementations.class);
    }

    private static java.util.Set<HazardFlag> flags(java.sql.Array array) throws SQLException {
        var flags = java.util.EnumSet.noneOf(HazardFlag.class);
        for (var flag : (String[]) array.getArray()) {
            flags.add(HazardFlag.valueOf(flag));
        }
        return flags;
    }

    private static List<Long> ids(java.sql.Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
