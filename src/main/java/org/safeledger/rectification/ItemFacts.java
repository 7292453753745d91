package org.safeledger.rectification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Rectification items as facts for the responsibility system: the deadlines a party missed in a period (what the
 * assessment deducts) and the items still owed by the leaders a record made responsible (what the accountability
 * board shows per post).
 */
@Service
public class ItemFacts {

    /** An item, its deadline and responsible leader; {@code readable}: whether the reader may open it. */
    public record ItemFact(
            long id,
            String title,
            String responsibleName,
            LocalDate deadline,
            @Nullable Long ownerUserId,
            boolean readable) {}

    private final JdbcClient jdbc;

    ItemFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Items of the party (a department by id; the government and party committee of a region by its code) whose
     * deadline fell in [{@code from}, {@code to}] and passed with nothing submitted by its end, as known by the end of
     * {@code to} — a day that is over (yesterday for the year running: an item due today may still be on time).
     */
    public List<ItemFact> missedDeadlines(
            Actor reader, @Nullable Long departmentId, String regionCode, LocalDate from, LocalDate to, ZoneId zone) {
        var access = RectificationAccess.predicate(reader, null);
        var party = departmentId == null
                ? "r.responsible_kind IN ('GOVERNMENT', 'PARTY_COMMITTEE') AND r.region_code = :region"
                : "r.responsible_kind = 'DEPARTMENT' AND r.responsible_id = :department";
        return jdbc.sql("SELECT " + access.sql() + " AS readable, r.id, r.title, r.responsible_name, r.deadline,"
                        + " o.user_id FROM rectification r LEFT JOIN rectification_owner o ON o.rectification_id = r.id"
                        + " WHERE " + party + " AND r.deadline BETWEEN :from AND :to"
                        + " AND r.created_at < :cutoff"
                        // submitted by the end of the deadline's day: on time, whatever came after
                        + " AND NOT EXISTS (SELECT 1 FROM rectification_event e WHERE e.rectification_id = r.id"
                        + "   AND e.type = 'SUBMITTED' AND e.at < ((r.deadline + 1)::timestamp AT TIME ZONE :zone))"
                        + " AND (r.closed_at IS NULL OR r.closed_at >= ((r.deadline + 1)::timestamp AT TIME ZONE :zone))"
                        + " ORDER BY r.deadline, r.id")
                .params(access.params())
                .param("region", regionCode)
                .param("department", departmentId == null ? 0L : departmentId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("zone", zone.getId())
                .param(
                        "cutoff",
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query(ItemFacts::map)
                .list();
    }

    /** Items still owed whose responsible leader (a meeting decision's post) is one of these accounts. */
    public List<ItemFact> owedByOwners(Actor reader, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        var access = RectificationAccess.predicate(reader, null);
        return jdbc.sql("SELECT " + access.sql() + " AS readable, r.id, r.title, r.responsible_name, r.deadline,"
                        + " o.user_id FROM rectification r JOIN rectification_owner o ON o.rectification_id = r.id"
                        + " WHERE o.user_id = ANY(:owners) AND r.status <> 'CLOSED' ORDER BY r.deadline, r.id")
                .params(access.params())
                .param("owners", userIds.toArray(Long[]::new))
                .query(ItemFacts::map)
                .list();
    }

    private static ItemFact map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ItemFact(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("responsible_name"),
                rs.getDate("deadline").toLocalDate(),
                rs.getObject("user_id", Long.class),
                rs.getBoolean("readable"));
    }
}
