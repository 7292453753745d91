package org.safeledger.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: digests only. */
@Repository
class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String digest, Instant now, Instant expiresAt) {
        return jdbc.sql("INSERT INTO api_token (user_id, name, digest, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(userId, name, digest, Timestamp.from(now), Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    List<ApiToken> ofUser(long userId) {
        return jdbc.sql("SELECT id, name, created_at, expires_at, revoked_at, last_used_at FROM api_token"
                        + " WHERE user_id = ? ORDER BY created_at DESC, id DESC")
                .param(userId)
                .query(ApiToken.class)
                .list();
    }

    boolean revoke(long userId, long id, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                        .params(Timestamp.from(now), id, userId)
                        .update()
                == 1;
    }

    boolean exists(long userId, long id) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE id = ? AND user_id = ?")
                        .params(id, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
