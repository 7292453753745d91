package org.safeledger.enforcement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The penalty decisions issued to the enterprises of a region's subtree in a window, as the record knew them on a
 * day: whether an inspection's findings were penalised is a fact the idling signals weigh.
 */
@Service
public class PenaltiesIssued {

    /** One penalty decision: to whom, by which department, after which inspection (if recorded), when. */
    public record PenaltyIssued(
            long documentId,
            long enterpriseId,
            long departmentId,
            @Nullable Long inspectionId,
            Instant issuedAt) {}

    private final JdbcClient jdbc;

    PenaltiesIssued(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PenaltyIssued> within(RegionCode region, Instant from, Instant knownBy) {
        return jdbc.sql("""
                        SELECT d.id, d.enterprise_id, d.department_id, d.inspection_id, d.issued_at
                        FROM enforcement_document d JOIN enterprise e ON e.id = d.enterprise_id
                        WHERE d.type = 'PENALTY_DECISION' AND e.region_code LIKE ? || '%'
                          AND d.issued_at >= ? AND d.issued_at <= ?
                        ORDER BY d.issued_at, d.id""")
                .params(region.subtreePrefix(), Timestamp.from(from), Timestamp.from(knownBy))
                .query((rs, n) -> new PenaltyIssued(
                        rs.getLong("id"),
                        rs.getLong("enterprise_id"),
                        rs.getLong("department_id"),
                        rs.getObject("inspection_id", Long.class),
                        rs.getTimestamp("issued_at").toInstant()))
                .list();
    }
}
