package org.safeledger.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The completed runs at the enterprises of a region's subtree as the record knew them on a day: self-inspections and
 * law-enforcement inspections with the department that ran them and what they found — the facts the idling signals
 * weigh (an inspection that found nothing, a self-inspection all clear).
 */
@Service
public class CompletedRuns {

    /**
     * One completed run.
     *
     * @param inspectedAt when it took place (the day of a paper record entered afterwards)
     * @param nonCompliant items found not compliant
     */
    public record CompletedRun(
            long runId,
            boolean enforcement,
            long enterpriseId,
            String enterpriseName,
            String enterpriseRegion,
            @Nullable Long departmentId,
            @Nullable String departmentName,
            @Nullable String departmentRegion,
            Instant inspectedAt,
            Instant completedAt,
            long nonCompliant) {}

    private final JdbcClient jdbc;

    CompletedRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs that took place from {@code from} on and were completed by {@code knownBy}. */
    public List<CompletedRun> within(RegionCode region, Instant from, Instant knownBy) {
        return jdbc.sql("""
                        SELECT r.id, r.kind, r.enterprise_id, e.name AS enterprise_name, e.region_code,
                            r.department_id, d.name AS department_name, d.region_code AS department_region,
                            r.started_at, r.completed_at,
                            (SELECT count(*) FROM inspection_result x
                              WHERE x.run_id = r.id AND x.applicable AND x.outcome = 'NON_COMPLIANT') AS non_compliant
                        FROM inspection_run r JOIN enterprise e ON e.id = r.enterprise_id
                        LEFT JOIN department d ON d.id = r.department_id
                        WHERE r.status = 'COMPLETED' AND e.region_code LIKE ? || '%'
                          AND r.started_at >= ? AND r.completed_at <= ?
                        ORDER BY r.started_at, r.id""")
                .params(region.subtreePrefix(), Timestamp.from(from), Timestamp.from(knownBy))
                .query((rs, n) -> new CompletedRun(
                        rs.getLong("id"),
                        "ENFORCEMENT".equals(rs.getString("kind")),
                        rs.getLong("enterprise_id"),
                        rs.getString("enterprise_name"),
                        rs.getString("region_code"),
                        rs.getObject("department_id", Long.class),
                        rs.getString("department_name"),
                        rs.getString("department_region"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("completed_at").toInstant(),
                        rs.getLong("non_compliant")))
                .list();
    }
}
