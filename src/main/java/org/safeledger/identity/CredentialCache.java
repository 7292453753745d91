package org.safeledger.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers, briefly and in memory only, that a username/password pair was verified against a given password
 * hash, so that HTTP Basic clients do not pay for the slow hash on every request (≈250 ms with BCrypt).
 * Entries are keyed by a SHA-256 digest of the credentials (the password itself is never held), expire after a
 * few minutes, and are dropped when the password changes or the account is locked. A cached verification is
 * only honoured while the stored hash is still the one verified, so a password changed on another instance
 * ends it too.
 */
@Component
public class CredentialCache {

    private final Cache<String, Verified> verified;

    CredentialCache(@Value("${safeledger.security.basic-cache-ttl:PT5M}") Duration ttl) {
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    boolean isVerified(String username, String password, String currentHash) {
        var key = key(username, password);
        var entry = verified.getIfPresent(key);
        if (entry == null) {
            return false;
        }
        if (!entry.username().equals(username) || !entry.passwordHash().equals(currentHash)) {
            verified.invalidate(key);
            return false;
        }
        return true;
    }

    void remember(String username, String password, String passwordHash) {
        verified.put(key(username, password), new Verified(username, passwordHash));
    }

    /** Drops every cached verification of this user (password change, lock-out, disablement). */
    public void forget(String username) {
        verified.asMap().values().removeIf(v -> v.username().equals(username));
    }

    private static String key(String username, String password) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Verified(String username, String passwordHash) {}
}
