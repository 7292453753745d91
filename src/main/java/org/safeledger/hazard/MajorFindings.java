package org.safeledger.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The major hazards of a region's subtree as the record knew them on a day: who found them (the reporter's region),
 * from which source, and since when they were major — the facts the look-back rule weighs. A hazard downgraded by
 * that day is not major on it.
 */
@Service
public class MajorFindings {

    /**
     * A hazard major on the day asked.
     *
     * @param finderRegion the region of the account that reported it (null: an administrator of the whole country)
     */
    public record MajorFound(
            long hazardId,
            String title,
            long enterpriseId,
            String enterpriseName,
            String regionCode,
            String sector,
            HazardSource source,
            Instant discoveredAt,
            Instant majorSince,
            @Nullable String finderRegion,
            String finderName,
            boolean readable) {}

    private static final String MAJOR_EVENT = "((ev.type = 'REPORTED' AND ev.detail ->> 'grade' = 'MAJOR')"
            + " OR (ev.type = 'GRADED' AND ev.detail -> 'grade' ->> 'after' = 'MAJOR'))";

    private final JdbcClient jdbc;

    MajorFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hazards discovered from {@code from} on, recorded by {@code knownBy} and major on it; {@code readable} says
     * whether the reader's scope opens each one.
     */
    public List<MajorFound> within(RegionCode region, Instant from, Instant knownBy, DataScope reader) {
        var by = Timestamp.from(knownBy);
        return jdbc.sql("SELECT " + ScopeSql.PREDICATE
                        + " AS readable, h.id, h.title, h.enterprise_id, e.name AS enterprise_name, h.region_code, h.sector,"
                        + " h.source, h.discovered_at, h.discovered_by, u.region_code AS finder_region,"
                        + " (SELECT min(ev.at) FROM hazard_event ev WHERE ev.hazard_id = h.id AND ev.at <= :by AND "
                        + MAJOR_EVENT + ") AS major_since"
                        + " FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id"
                        + " JOIN user_account u ON u.id = h.reported_by"
                        + " WHERE h.region_code LIKE :prefix || '%' AND h.discovered_at >= :from"
                        + " AND h.created_at <= :by"
                        + " AND (h.grade = 'MAJOR' OR EXISTS (SELECT 1 FROM hazard_event d"
                        + "   WHERE d.hazard_id = h.id AND d.type = 'DOWNGRADED'))"
                        // major on the day: its last grading event by then made it major
                        + " AND (SELECT " + MAJOR_EVENT + " FROM hazard_event ev WHERE ev.hazard_id = h.id"
                        + "   AND ev.at <= :by AND ev.type IN ('REPORTED', 'GRADED', 'DOWNGRADED')"
                        + "   ORDER BY ev.at DESC, ev.id DESC LIMIT 1)"
                        + " ORDER BY h.discovered_at, h.id")
                .params(ScopeSql.params(reader))
                .param("by", by)
                .param("prefix", region.subtreePrefix())
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new MajorFound(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("enterprise_id"),
                        rs.getString("enterprise_name"),
                        rs.getString("region_code"),
                        rs.getString("sector"),
                        HazardSource.valueOf(rs.getString("source")),
                        rs.getTimestamp("discovered_at").toInstant(),
                        rs.getTimestamp("major_since").toInstant(),
                        rs.getString("finder_region"),
                        rs.getString("discovered_by"),
                        rs.getBoolean("readable")))
                .list();
    }
}
