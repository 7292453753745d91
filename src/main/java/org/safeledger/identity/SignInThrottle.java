package org.safeledger.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import org.safeledger.shared.Audited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How many wrong passwords are tolerated, counted where they come from so that an attacker who does not know a
 * password cannot lock its owner out:
 *
 * <ul>
 *   <li>per username and client address: {@code max-failed-logins} (5), then one more try per three minutes — the
 *       attacker's client is slowed, the owner's other clients are not;
 *   <li>per client address, whatever the usernames: {@code max-failed-logins-per-client} (30) in 15 minutes, then
 *       the same back-off (password spraying);
 *   <li>per account, from all clients together: {@code account-lock-failures} (50) lock the account for
 *       {@code lock-duration} — against clients it has never signed in from; see {@link PasswordAuthentication}.
 * </ul>
 *
 * Unknown usernames are counted exactly like existing ones, so the answers tell nothing about which exist. Every
 * throttle that closes is written to the audit log. Buckets (Bucket4j) live in memory, at most 100,000 of each.
 */
@Component
class SignInThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEY = 200;

    private final Cache<String, Bucket> pairs;
    private final Cache<String, Bucket> clients;
    private final int perPair;
    private final int perClient;
    private final ApplicationEventPublisher events;

    SignInThrottle(
            @Value("${safeledger.security.max-failed-logins:5}") int perPair,
            @Value("${safeledger.security.max-failed-logins-per-client:30}") int perClient,
            ApplicationEventPublisher events) {
        this.perPair = perPair;
        this.perClient = perClient;
        this.events = events;
        this.pairs = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .build();
        this.clients = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .build();
    }

    /** How long this client must wait before it may try this username again; zero when it may now. */
    Duration waitBefore(String username, String client) {
        return longest(wait(clients.getIfPresent(client)), wait(pairs.getIfPresent(pairKey(username, client))));
    }

    /** Counts a wrong password (or unknown username) from a client; audits a throttle as it closes. */
    void recordFailure(String username, String client) {
        var pair = pairs.get(pairKey(username, client), k -> bucket(perPair));
        if (pair.tryConsume(1) && pair.getAvailableTokens() == 0) {
            audit("identity.signIn.throttled", username, client);
        }
        var fromClient = clients.get(client, k -> bucket(perClient));
        if (fromClient.tryConsume(1) && fromClient.getAvailableTokens() == 0) {
            audit("identity.signIn.clientThrottled", username, client);
        }
    }

    /** After the right password, the pair's count starts again (the client's does not: spraying continues). */
    void recordSuccess(String username, String client) {
        pairs.invalidate(pairKey(username, client));
    }

    private void audit(String action, String username, String client) {
        events.publishEvent(new Audited(
                "system",
                action,
                "client:" + bounded(client),
                Map.of("username", bounded(username), "client", client)));
    }

    private static Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .build();
    }

    private static Duration wait(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String client) {
        return bounded(username).toLowerCase(java.util.Locale.ROOT) + "\n" + client;
    }

    private static String bounded(String text) {
        return text.length() <= MAX_KEY ? text : text.substring(0, MAX_KEY);
    }
}
