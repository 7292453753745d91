package org.safeledger.hazard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
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

    static final String SELECT = "SELECT h.*, e.name AS enterprise_name, d.name AS listing_department_name"
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
        LedgerQueries.scope(scope, sql, params);
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

    @SuppressWarnings("unchecked")
    private Map<String, Object> readDetail(String text) {
        return json.readValue(text, Map.class);
    }

    static LedgerEntry map(ResultSet rs, int row) throws SQLException {
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
