package org.safeledger.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Documents, their numbering counters and the authorities' prefixes; reads limited to the reader's scope. */
@Repository
class EnforcementStore {

    private static final String SELECT = """
            SELECT d.*, e.name AS enterprise_name, dep.name AS department_name, u.display_name AS issued_by_name,
                r.number AS reviews_number,
                (SELECT x.id FROM enforcement_document x WHERE x.reviews_document_id = d.id) AS reviewed_by_id
            FROM enforcement_document d JOIN enterprise e ON e.id = d.enterprise_id
            JOIN department dep ON dep.id = d.department_id JOIN user_account u ON u.id = d.issued_by
            LEFT JOIN enforcement_document r ON r.id = d.reviews_document_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final java.time.ZoneId zone;

    EnforcementStore(JdbcClient jdbc, JsonMapper json, org.safeledger.platform.SafeLedgerProperties properties) {
        this.zone = properties.zone();
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The next number of the authority's sequence for the year and type. The counter row is locked until the
     * issuing transaction ends: concurrent issuers wait their turn, and a rolled-back issue gives its number back.
     */
    int nextSeq(long departmentId, int year, DocumentType type) {
        return jdbc.sql("""
                        INSERT INTO enforcement_counter (department_id, year, type, last) VALUES (?, ?, ?, 1)
                        ON CONFLICT (department_id, year, type) DO UPDATE SET last = enforcement_counter.last + 1
                        RETURNING last""")
                .params(departmentId, year, type.name())
                .query(Integer.class)
                .single();
    }

    Optional<String> prefix(long departmentId) {
        return jdbc.sql("SELECT prefix FROM enforcement_authority WHERE department_id = ?")
                .param(departmentId)
                .query(String.class)
                .optional();
    }

    void setPrefix(long departmentId, String prefix) {
        jdbc.sql("INSERT INTO enforcement_authority (department_id, prefix) VALUES (?, ?)"
                        + " ON CONFLICT (department_id) DO UPDATE SET prefix = EXCLUDED.prefix")
                .params(departmentId, prefix)
                .update();
    }

    long insert(
            DocumentType type,
            long departmentId,
            int year,
            int seq,
            String number,
            long enterpriseId,
            @Nullable Long inspectionId,
            List<Long> hazardIds,
            String legalBasis,
            @Nullable LocalDate deadline,
            String body,
            @Nullable Long reviewsDocumentId,
            @Nullable Boolean reviewPassed,
            @Nullable Penalty penalty,
            List<Officer> officers,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO enforcement_document (type, department_id, year, seq, number, enterprise_id,
                            inspection_id, hazard_ids, legal_basis, deadline, body, reviews_document_id, review_passed,
                            penalty, officers, issued_at, issued_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)
                        RETURNING id""")
                .params(
                        type.name(),
                        departmentId,
                        year,
                        seq,
                        number,
                        enterpriseId,
                        new SqlParameterValue(Types.BIGINT, inspectionId),
                        hazardIds.toArray(Long[]::new),
                        legalBasis,
                        new SqlParameterValue(Types.DATE, deadline == null ? null : java.sql.Date.valueOf(deadline)),
                        body,
                        new SqlParameterValue(Types.BIGINT, reviewsDocumentId),
                        new SqlParameterValue(Types.BOOLEAN, reviewPassed),
                        penalty == null ? null : json.writeValueAsString(penalty),
                        json.writeValueAsString(officers),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    Optional<EnforcementDocument> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE d.id = :id AND " + ScopeSql.PREDICATE)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(this::document)
                .optional();
    }

    List<EnforcementDocument> list(DataScope scope, DocumentFilter filter, int limit) {
        return where(
                        jdbc.sql(SELECT + " WHERE " + ScopeSql.PREDICATE + FILTER + " ORDER BY d.id DESC LIMIT :limit"),
                        filter)
                .params(ScopeSql.params(scope))
                .param("limit", limit)
                .query(this::document)
                .list();
    }

    long count(DataScope scope, DocumentFilter filter) {
        return where(
                        jdbc.sql(
                                "SELECT count(*) FROM enforcement_document d JOIN enterprise e ON e.id = d.enterprise_id"
                                        + " WHERE " + ScopeSql.PREDICATE + FILTER),
                        filter)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .single();
    }

    /** The fines of the penalty decisions the filter lists (yuan; a closure request fines nobody). */
    long fines(DataScope scope, DocumentFilter filter) {
        return where(
                        jdbc.sql("SELECT coalesce(sum(CAST(d.penalty ->> 'amountYuan' AS bigint)), 0)"
                                + " FROM enforcement_document d JOIN enterprise e ON e.id = d.enterprise_id"
                                + " WHERE " + ScopeSql.PREDICATE + FILTER),
                        filter)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .single();
    }

    /** The filter's conditions, each off when its parameter is null (text matched literally). */
    private static final String FILTER = """
             AND (CAST(:enterpriseId AS bigint) IS NULL OR d.enterprise_id = CAST(:enterpriseId AS bigint))
             AND (CAST(:departmentId AS bigint) IS NULL OR d.department_id = CAST(:departmentId AS bigint))
             AND (CAST(:type AS text) IS NULL OR d.type = CAST(:type AS text))
             AND (CAST(:ack AS text) IS NULL OR d.ack_status = CAST(:ack AS text))
             AND (CAST(:from AS timestamptz) IS NULL OR d.issued_at >= CAST(:from AS timestamptz))
             AND (CAST(:to AS timestamptz) IS NULL OR d.issued_at < CAST(:to AS timestamptz))
             AND (CAST(:text AS text) IS NULL OR d.number ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\'
                  OR e.name ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\'
                  OR d.body ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\')""";

    private org.springframework.jdbc.core.simple.JdbcClient.StatementSpec where(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql, DocumentFilter f) {
        var text = f.text() == null
                ? null
                : f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return sql.param("enterpriseId", new SqlParameterValue(Types.BIGINT, f.enterpriseId()))
                .param("departmentId", new SqlParameterValue(Types.BIGINT, f.departmentId()))
                .param(
                        "type",
                        new SqlParameterValue(
                                Types.VARCHAR,
                                f.type() == null ? null : f.type().name()))
                .param("ack", new SqlParameterValue(Types.VARCHAR, f.acknowledgement()))
                .param("from", startOf(f.from()))
                .param("to", startOf(f.to() == null ? null : f.to().plusDays(1)))
                .param("text", new SqlParameterValue(Types.VARCHAR, text));
    }

    private SqlParameterValue startOf(java.time.@Nullable LocalDate day) {
        return new SqlParameterValue(
                Types.TIMESTAMP,
                day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant()));
    }

    void lock(long documentId) {
        jdbc.sql("SELECT 1 FROM enforcement_document WHERE id = ? FOR UPDATE")
                .param(documentId)
                .query(Integer.class)
                .optional();
    }

    /** The last day an earlier art. 112 decision of the authority fined for the refusal of this order. */
    Optional<LocalDate> dailyFinedUntil(long departmentId, String orderNumber) {
        return jdbc.sql("""
                        SELECT max(CAST(penalty ->> 'refusedUntil' AS date)) FROM enforcement_document
                        WHERE department_id = ? AND type = 'PENALTY_DECISION' AND penalty ->> 'article' = 'ART_112'
                        AND penalty ->> 'orderNumber' = ?""")
                .params(departmentId, orderNumber)
                .query((rs, n) -> rs.getDate(1))
                .optional()
                .map(java.sql.Date::toLocalDate);
    }

    /**
     * How many times the enterprise (the unit, not its managers) was penalised since the time, by any authority:
     * each fine once, the daily fines of one refused order once; closure requests not.
     */
    long penaltiesSince(long enterpriseId, Instant since) {
        return jdbc.sql("""
                        SELECT count(DISTINCT CASE WHEN penalty ->> 'article' = 'ART_112'
                                THEN 'order:' || (penalty ->> 'orderNumber') ELSE 'decision:' || id END)
                        FROM enforcement_document WHERE enterprise_id = ? AND type = 'PENALTY_DECISION'
                        AND penalty ->> 'article' <> 'ART_113' AND penalty ->> 'finedParty' = 'UNIT'
                        AND issued_at >= ?""")
                .params(enterpriseId, Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    /** Whether a review of the document found it not carried out (the unit's refusal on record). */
    boolean reviewFailed(long documentId) {
        return jdbc.sql("SELECT count(*) FROM enforcement_document WHERE reviews_document_id = ? AND NOT review_passed")
                        .param(documentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Writes the acknowledgement as the document decided it (its row locked by {@link #lock}). */
    void acknowledge(EnforcementDocument d, long recordedBy) {
        jdbc.sql("""
                        UPDATE enforcement_document SET ack_status = ?, ack_at = ?, ack_signature_id = ?, ack_note = ?,
                            ack_name = ?, ack_recorded_by = ?
                        WHERE id = ?""")
                .params(
                        d.acknowledgement(),
                        Timestamp.from(java.util.Objects.requireNonNull(d.acknowledgedAt())),
                        new SqlParameterValue(Types.BIGINT, d.signatureAttachmentId()),
                        d.refusalNote(),
                        d.acknowledgedName(),
                        recordedBy,
                        d.id())
                .update();
    }

    /** Writes the payment as the document decided it (its row locked by {@link #lock}). */
    void paid(EnforcementDocument d) {
        jdbc.sql("UPDATE enforcement_document SET paid_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(java.util.Objects.requireNonNull(d.paidOn())), d.id())
                .update();
    }

    private EnforcementDocument document(ResultSet rs, int n) throws SQLException {
        var deadline = rs.getDate("deadline");
        var penalty = rs.getString("penalty");
        var ackAt = rs.getTimestamp("ack_at");
        var paid = rs.getDate("paid_on");
        return new EnforcementDocument(
                rs.getLong("id"),
                DocumentType.valueOf(rs.getString("type")),
                rs.getString("number"),
                rs.getLong("department_id"),
                rs.getString("department_name"),
                rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getObject("inspection_id", Long.class),
                Arrays.asList((Long[]) rs.getArray("hazard_ids").getArray()),
                rs.getString("legal_basis"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getString("body"),
                rs.getObject("reviews_document_id", Long.class),
                rs.getString("reviews_number"),
                rs.getObject("review_passed", Boolean.class),
                penalty == null ? null : json.readValue(penalty, Penalty.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by_name"),
                List.of(json.readValue(rs.getString("officers"), Officer[].class)),
                rs.getString("ack_status"),
                ackAt == null ? null : ackAt.toInstant(),
                rs.getObject("ack_signature_id", Long.class),
                rs.getString("ack_note"),
                rs.getString("ack_name"),
                paid == null ? null : paid.toLocalDate(),
                rs.getObject("reviewed_by_id", Long.class));
    }
}
