package org.safeledger.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The inbox and each person's channel preferences. */
@Repository
class Notifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Notifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(long userId, NotificationKind kind, String subject, String link, List<String> args, Instant at) {
        return jdbc.sql("INSERT INTO notification (user_id, kind, subject, link, args, created_at)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id")
                .params(userId, kind.name(), subject, link, json.writeValueAsString(args), Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    PageResult<Notification.Stored> page(long userId, boolean unreadOnly, PageRequest page) {
        var unread = unreadOnly ? " AND read_at IS NULL" : "";
        long total = jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ?" + unread)
                .param(userId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "SELECT * FROM notification WHERE user_id = ?" + unread + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(userId, page.size(), page.offset())
                .query(this::map)
                .list();
        return new PageResult<>(items, total);
    }

    Optional<Notification.Stored> find(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    long unread(long userId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
    boolean markRead(long userId, long id, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?")
                        .params(Timestamp.from(at), id, userId)
                        .update()
                == 1;
    }

    int markAllRead(long userId, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL")
                .params(Timestamp.from(at), userId)
                .update();
    }

    Optional<ChannelPreferences> preferences(long userId) {
        return jdbc.sql("SELECT * FROM notification_preference WHERE user_id = ?")
                .param(userId)
                .query(Notifications::mapPreferences)
                .optional();
    }

    /** The preferences of several users; those who never set any are absent (they get the defaults). */
    Map<Long, ChannelPreferences> preferences(Collection<Long> userIds) {
        var result = new HashMap<Long, ChannelPreferences>();
        jdbc.sql("SELECT * FROM notification_preference WHERE user_id = ANY(?)")
                .param(userIds.toArray(Long[]::new))
                .query(rs -> {
                    result.put(rs.getLong("user_id"), mapPreferences(rs, 0));
                });
        return result;
    }

    void savePreferences(long userId, ChannelPreferences p, Instant at) {
        jdbc.sql("""
                        INSERT INTO notification_preference (user_id, email_enabled, email, webhook_enabled, language, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET email_enabled = excluded.email_enabled, email = excluded.email,
                            webhook_enabled = excluded.webhook_enabled, language = excluded.language,
                            updated_at = excluded.updated_at""")
                .params(userId, p.emailEnabled(), p.email(), p.webhookEnabled(), p.language(), Timestamp.from(at))
                .update();
    }

    private static ChannelPreferences mapPreferences(ResultSet rs, int row) throws SQLException {
        return new ChannelPreferences(
                rs.getBoolean("email_enabled"),
                rs.getString("email"),
                rs.getBoolean("webhook_enabled"),
                rs.getString("language"));
    }

    private Notification.Stored map(ResultSet rs, int row) throws SQLException {
        return stored(rs, json);
    }

    /** A notification row (also read joined into a delivery's row, hence static). */
    static Notification.Stored stored(ResultSet rs, JsonMapper json) throws SQLException {
        var readAt = rs.getTimestamp("read_at");
        return new Notification.Stored(
                rs.getLong("id"),
                rs.getLong("user_id"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("link"),
                Arrays.asList(json.readValue(rs.getString("args"), String[].class)),
                rs.getTimestamp("created_at").toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
