package org.safeledger.hazard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clauses a hazard cites, the orders that named it, and what the repeat rule and the watch list count from them. */
@Repository
class CitationRecords {

    private final JdbcClient jdbc;

    CitationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
