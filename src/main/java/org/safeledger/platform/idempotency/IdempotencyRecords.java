package org.safeledger.platform.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency_record table. Each statement commits on its own, apart from the request's transaction. */
@Repository
class IdempotencyRecords {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    IdempotencyRecords(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for a first request; false when it was already claimed. */
    boolean claim(String principal, String key, String requestHash, Instant now) {
        return jdbc.sql("INSERT INTO idempotency_record (principal, key, request_hash, created_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(principal, key, requestHash, Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Takes over a claim whose request died before answering; true when this request now holds it. */
    boolean takeOverAbandoned(String principal, String key, Instant claimedBefore) {
        return jdbc.sql("UPDATE idempotency_record SET created_at = ? WHERE principal = ? AND key = ?"
                                + " AND status IS NULL AND created_at < ?")
                        .params(Timestamp.from(Instant.now(clock)), principal, key, Timestamp.from(claimedBefore))
                        .update()
                == 1;
    }

    Optional<Stored> find(String principal, String key) {
        return jdbc.sql("SELECT request_hash, status, content_type, body, location FROM idempotency_record"
                        + " WHERE principal = ? AND key = ?")
                .params(principal, key)
                .query((rs, i) -> new Stored(
                        rs.getString("request_hash"),
                        rs.getObject("status", Integer.class),
                        rs.getString("content_type"),
                        rs.getBytes("body"),
                        rs.getString("location")))
                .optional();
    }

    void complete(
            String principal,
            String key,
            int status,
            @Nullable String contentType,
            byte[] body,
            @Nullable String location) {
        jdbc.sql("UPDATE idempotency_record SET status = ?, content_type = ?, body = ?, location = ?"
                        + " WHERE principal = ? AND key = ?")
                .params(status, contentType, body, location, principal, key)
                .update();
    }

    void release(String principal, String key) {
        jdbc.sql("DELETE FROM idempotency_record WHERE principal = ? AND key = ?")
                .params(principal, key)
                .update();
    }

    int purgeBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    /** A recorded request: its hash and, once finished, its response. */
    record Stored(
            String requestHash,
            @Nullable Integer status,
            @Nullable String contentType,
            byte @Nullable [] body,
            @Nullable String location) {}
}
