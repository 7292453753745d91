package org.safeledger.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clients an account signed in from (the sign_in_client table), kept as a digest of the address with the
 * account's id, so the table is no list of users' addresses. A client is known for {@link #MEMORY} after its last
 * successful sign-in.
 */
@Repository
class KnownClients {

    static final Duration MEMORY = Duration.ofDays(90);

    private final JdbcClient jdbc;

    KnownClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(long accountId, String client, Instant now) {
        jdbc.sql("""
                        INSERT INTO sign_in_client (account_id, client_key, last_success) VALUES (?, ?, ?)
                        ON CONFLICT (account_id, client_key) DO UPDATE SET last_success = EXCLUDED.last_success""")
                .params(accountId, key(accountId, client), Timestamp.from(now))
                .update();
    }

    boolean isKnown(long accountId, String client, Instant now) {
        return jdbc.sql("SELECT count(*) FROM sign_in_client WHERE account_id = ? AND client_key = ?"
                                + " AND last_success > ?")
                        .params(accountId, key(accountId, client), Timestamp.from(now.minus(MEMORY)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String key(long accountId, String client) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + "\n" + client).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
