package org.safeledger.hazard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The hazards under listed supervision (挂牌督办) of a region's subtree whose listing deadline had passed on a day
 * with the hazard not closed by then, as the record knew them, with the last step the listing department's own
 * people took on it: a summons trigger, and the idling signal of a listing nobody supervises.
 */
@Service
public class ListedOverdue {

    /** One listed hazard overdue on the day, and the listing department's last step on it (null: none). */
    public record ListedFact(
            long hazardId,
            String title,
            long enterpriseId,
            String enterpriseName,
            String regionCode,
            String level,
            long departmentId,
            String departmentName,
            String departmentRegion,
            LocalDate deadline,
            @Nullable Instant lastDepartmentStep,
            boolean readable) {}

    private final JdbcClient jdbc;

    ListedOverdue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Listed hazards overdue on the day; {@code readable} says whether the reader's scope opens each one. */
    public List<ListedFact> on(RegionCode region, LocalDate day, ZoneId zone, DataScope reader) {
        var knownBy = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        return jdbc.sql("""
                        SELECT """ + ScopeSql.PREDICATE + """
                            AS readable, h.id, h.title, h.enterprise_id, e.name AS enterprise_name, h.region_code,
                            h.listing_level, h.listing_department_id, d.name AS department_name,
                            d.region_code AS department_region, h.listing_deadline,
                            (SELECT max(ev.at) FROM hazard_event ev JOIN user_account u ON u.id = ev.actor_id
                              WHERE ev.hazard_id = h.id AND u.department_id = h.listing_department_id
                                AND ev.at < :knownBy) AS last_step
                        FROM hazard h JOIN enterprise e ON e.id = h.enterprise_id
                        JOIN department d ON d.id = h.listing_department_id
                        WHERE h.listing_level IS NOT NULL AND h.region_code LIKE :prefix || '%'
                          AND h.listed_at < :knownBy AND h.listing_deadline < :day
                          AND (h.closed_at IS NULL OR h.closed_at >= :knownBy)
                        ORDER BY h.listing_deadline, h.id""")
                .params(ScopeSql.params(reader))
                .param("knownBy", knownBy)
                .param("prefix", region.subtreePrefix())
                .param("day", Date.valueOf(day))
                .query((rs, n) -> {
                    var last = rs.getTimestamp("last_step");
                    return new ListedFact(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getLong("enterprise_id"),
                            rs.getString("enterprise_name"),
                            rs.getString("region_code"),
                            rs.getString("listing_level"),
                            rs.getLong("listing_department_id"),
                            rs.getString("department_name"),
                            rs.getString("department_region"),
                            rs.getDate("listing_deadline").toLocalDate(),
                            last == null ? null : last.toInstant(),
                            rs.getBoolean("readable"));
                })
                .list();
    }
}
