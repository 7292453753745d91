package org.safeledger.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The escalations (of overdue hazards and rectification items) delivered to the people of a region's subtree in a
 * period, with when each was opened: whether an escalation was read in its window is a fact the idling signals weigh.
 */
@Service
public class EscalationReceipts {

    /** One escalation delivered: to whom (their region: the account's, or its department's), about what, when. */
    public record Receipt(
            long notificationId,
            long userId,
            String userName,
            String regionCode,
            String kind,
            String subject,
            String link,
            Instant deliveredAt,
            @Nullable Instant openedAt) {}

    private final JdbcClient jdbc;

    EscalationReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Escalations delivered in [{@code from}, {@code to}) to accounts of the subtree. */
    public List<Receipt> delivered(String subtreePrefix, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT n.id, n.user_id, u.display_name, coalesce(u.region_code, d.region_code) AS region,
                            n.kind, n.subject, n.link, n.created_at, n.read_at
                        FROM notification n JOIN user_account u ON u.id = n.user_id
                        LEFT JOIN department d ON d.id = u.department_id
                        WHERE n.kind IN ('HAZARD_ESCALATED', 'RECTIFICATION_ESCALATED')
                          AND coalesce(u.region_code, d.region_code) LIKE ? || '%'
                          AND n.created_at >= ? AND n.created_at < ?
                        ORDER BY n.created_at, n.id""")
                .params(subtreePrefix, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> {
                    var read = rs.getTimestamp("read_at");
                    return new Receipt(
                            rs.getLong("id"),
                            rs.getLong("user_id"),
                            rs.getString("display_name"),
                            rs.getString("region"),
                            rs.getString("kind"),
                            rs.getString("subject"),
                            rs.getString("link"),
                            rs.getTimestamp("created_at").toInstant(),
                            read == null ? null : read.toInstant());
                })
                .list();
    }
}
