package org.safeledger.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits shown once, stored as a SHA-256 digest, found by an indexed lookup of
 * that digest (no slow hash: the token's entropy makes brute force hopeless), with an expiry, revocable.
 */
@Service
public class TokenService {

    static final String PREFIX = "slt_";
    static final int MAX_DAYS = 366;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final AccountDetailsService details;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<Long, Instant> lastTouched = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(TOUCH_INTERVAL)
            .build();

    TokenService(
            ApiTokens tokens,
            UserAccounts accounts,
            AccountDetailsService details,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.details = details;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(Actor actor, String name, int expiresInDays) {
        actor.require(Permission.TOKEN_MANAGE);
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "error.token.name");
        }
        if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            throw new InvalidInputException("expiresInDays", "error.token.days", MAX_DAYS);
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expiresAt = now.plus(Duration.ofDays(expiresInDays));
        long id = tokens.insert(actor.userId(), name.strip(), digest(token), now, expiresAt);
        events.publishEvent(Audited.by(
                actor, "token.issue", "token:" + id, java.util.Map.of("name", name.strip(), "expiresAt", expiresAt)));
        return new IssuedToken(id, name.strip(), token, expiresAt);
    }

    public List<ApiToken> list(Actor actor) {
        return tokens.ofUser(actor.userId());
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        if (!tokens.exists(actor.userId(), id)) {
            throw new NotFoundException("error.token.notFound", id);
        }
        tokens.revoke(actor.userId(), id, clock.instant());
        events.publishEvent(Audited.by(actor, "token.revoke", "token:" + id, java.util.Map.of()));
    }

    /** The principal a bearer token stands for, if the token is live and its owner may sign in. */
    Optional<SafeLedgerPrincipal> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return accounts.findByLiveToken(digest(token), now).map(owner -> {
            touch(owner.tokenId(), now);
            return details.principal(owner.account());
        });
    }

    /** Records use at most every few minutes per token, so that a busy client does not cause a write per call. */
    private void touch(long tokenId, Instant now) {
        var previous = lastTouched.getIfPresent(tokenId);
        if (previous == null || previous.plus(TOUCH_INTERVAL).isBefore(now)) {
            lastTouched.put(tokenId, now);
            tokens.touch(tokenId, now);
        }
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
