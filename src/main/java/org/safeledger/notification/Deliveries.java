package org.safeledger.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks, the deliveries waiting or done, and the attempts log. */
@Repository
class Deliveries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Deliveries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insertWebhook(String name, String url, String secret, @Nullable String regionCode, long by, Instant at) {
        return jdbc.sql("INSERT INTO webhook (name, url, secret, region_code, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(name, url, secret, regionCode, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    List<Webhook> webhooks() {
        return jdbc.sql("SELECT * FROM webhook ORDER BY id")
                .query(Deliveries::mapWebhook)
                .list();
    }

    Optional<Webhook> webhook(long id) {
        return jdbc.sql("SELECT * FROM webhook WHERE id = ?")
                .param(id)
                .query(Deliveries::mapWebhook)
                .optional();
    }

    boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("UPDATE webhook SET enabled = ? WHERE id = ?")
                        .params(enabled, id)
                        .update()
                == 1;
    }

    /** The enabled webhooks (a province has a handful; the region filter is applied by the caller). */
    List<Webhook> enabledWebhooks() {
        return jdbc.sql("SELECT * FROM webhook WHERE enabled ORDER BY id")
                .query(Deliveries::mapWebhook)
                .list();
    }

    void insert(long notificationId, Delivery.Channel channel, @Nullable Long webhookId, String target, Instant at) {
        jdbc.sql("INSERT INTO delivery (notification_id, channel, webhook_id, target, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(notificationId, channel.name(), webhookId, target, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** What the dispatcher needs to send a due delivery. */
    record Due(
            long id,
            Delivery.Channel channel,
            String target,
            int attempts,
            @Nullable String secret,
            Notification.Stored notification,
            String username,
            String displayName,
            String language) {}

    /**
     * Claims up to {@code limit} due deliveries for {@code lease} (their next attempt moves past it, so that no
     * other run picks them while they are being sent; rows another transaction holds are skipped) and returns
     * what sending them needs. Deliveries of disabled webhooks are not due.
     */
    List<Due> claimDue(Instant now, int limit, java.time.Duration lease) {
        var ids = jdbc.sql("""
                        UPDATE delivery SET next_attempt_at = ? WHERE id IN (
                            SELECT d.id FROM delivery d LEFT JOIN webhook w ON w.id = d.webhook_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.webhook_id IS NULL OR w.enabled)
                            ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
                        RETURNING id""")
                .params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT d.id AS delivery_id, d.channel, d.target, d.attempts, w.secret, n.*, u.username, u.display_name,
                               COALESCE(p.language, 'zh-CN') AS language
                        FROM delivery d
                        JOIN notification n ON n.id = d.notification_id
                        JOIN user_account u ON u.id = n.user_id
                        LEFT JOIN webhook w ON w.id = d.webhook_id
                        LEFT JOIN notification_preference p ON p.user_id = n.user_id
                        WHERE d.id = ANY(?) ORDER BY d.id""")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> new Due(
                        rs.getLong("delivery_id"),
                        Delivery.Channel.valueOf(rs.getString("channel")),
                        rs.getString("target"),
                        rs.getInt("attempts"),
                        rs.getString("secret"),
                        Notifications.stored(rs, json),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("language")))
                .list();
    }

    /** Records an attempt and the delivery's new state: sent, failed for good, or pending until the next try. */
    void attempted(
            long id,
            Instant at,
            boolean success,
            @Nullable Integer httpStatus,
            @Nullable String error,
            Delivery.Status status,
            Instant nextAttemptAt) {
        jdbc.sql("INSERT INTO delivery_attempt (delivery_id, at, success, http_status, error) VALUES (?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(at), success, httpStatus, error)
                .update();
        jdbc.sql("UPDATE delivery SET attempts = attempts + 1, status = ?, next_attempt_at = ?, last_error = ?,"
                        + " sent_at = CASE WHEN ? THEN CAST(? AS timestamptz) END WHERE id = ?")
                .params(status.name(), Timestamp.from(nextAttemptAt), error, success, Timestamp.from(at), id)
                .update();
    }

    PageResult<Delivery> forWebhook(long webhookId, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM delivery WHERE webhook_id = ?")
                .param(webhookId)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("SELECT * FROM delivery WHERE webhook_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(webhookId, page.size(), page.offset())
                .query(Deliveries::mapDelivery)
                .list();
        return new PageResult<>(withLog(rows), total);
    }

    private List<Delivery> withLog(List<Delivery> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var logs = new HashMap<Long, List<Delivery.Attempt>>();
        jdbc.sql("SELECT * FROM delivery_attempt WHERE delivery_id = ANY(?) ORDER BY id")
                .param(rows.stream().map(Delivery::id).toArray(Long[]::new))
                .query(rs -> {
                    logs.computeIfAbsent(rs.getLong("delivery_id"), k -> new ArrayList<>())
                            .add(new Delivery.Attempt(
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getBoolean("success"),
                                    rs.getObject("http_status", Integer.class),
                                    rs.getString("error")));
                });
        return rows.stream()
                .map(d -> new Delivery(
                        d.id(),
                        d.notificationId(),
                        d.channel(),
                        d.webhookId(),
                        d.target(),
                        d.status(),
                        d.attempts(),
                        d.nextAttemptAt(),
                        d.lastError(),
                        d.sentAt(),
                        d.createdAt(),
                        logs.getOrDefault(d.id(), List.of())))
                .toList();
    }

    private static Delivery mapDelivery(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("notification_id"),
                Delivery.Channel.valueOf(rs.getString("channel")),
                rs.getObject("webhook_id", Long.class),
                rs.getString("target"),
                Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                List.of());
    }

    private static Webhook mapWebhook(ResultSet rs, int row) throws SQLException {
        return new Webhook(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("url"),
                rs.getString("region_code"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
