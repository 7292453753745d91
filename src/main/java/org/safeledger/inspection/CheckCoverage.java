package org.safeledger.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How far checks reached the enterprises of a region's subtree in some sectors, per county: how many there are,
 * how many completed one of some checklists themselves with every item answered (a self-check done; an inspector's
 * run of the same checklist is not the enterprise's self-check), how many were inspected by law enforcement within
 * some days. A campaign's progress reads it.
 */
@Service
public class CheckCoverage {

    /** One county's enterprises of the sectors, those self-checked and those inspected. */
    public record Coverage(String regionCode, long enterprises, long selfChecked, long enforced) {}

    private final JdbcClient jdbc;

    CheckCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Coverage> of(
            RegionCode region, Collection<Sector> sectors, Collection<Long> checklistIds, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT e.region_code, count(*) AS enterprises,
                            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_run r WHERE r.enterprise_id = e.id
                                AND r.template_id = ANY(:checklists) AND r.kind = 'SELF' AND r.status = 'COMPLETED'
                                AND r.outcome <> 'INCOMPLETE')) AS self_checked,
                            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_run r WHERE r.enterprise_id = e.id
                                AND r.kind = 'ENFORCEMENT' AND r.status = 'COMPLETED'
                                AND r.completed_at >= :from AND r.completed_at < :to)) AS enforced
                        FROM enterprise e
                        WHERE e.region_code LIKE :prefix || '%' AND e.sectors && CAST(:sectors AS text[])
                        GROUP BY e.region_code""")
                .param("checklists", checklistIds.toArray(Long[]::new))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("prefix", region.subtreePrefix())
                .param("sectors", sectors.stream().map(Sector::name).toArray(String[]::new))
                .query((rs, n) -> new Coverage(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
