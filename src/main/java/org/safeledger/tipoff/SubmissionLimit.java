package org.safeledger.tipoff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tip-offs per client address and hour ({@code safeledger.tipoff.per-client-per-hour}; bucket4j tokens in a bounded
 * Caffeine cache, as the anonymous request limit keeps them). The page's session exempts a client from the anonymous
 * request limit; this one counts submissions whatever the session, before their content is read.
 */
@Component
public class SubmissionLimit {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();
    private final int perHour;

    SubmissionLimit(TipOffProperties properties) {
        this.perHour = properties.perClientPerHour();
    }

    /** Takes one submission from the client's allowance: empty if taken, else how long until the next one. */
    public Optional<Duration> take(String client) {
        var bucket = buckets.get(
                client,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(1_000_000_000L, probe.getNanosToWaitForRefill())));
    }
}
