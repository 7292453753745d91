package org.safeledger.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.safeledger.platform.web.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a client that has not signed in may call, per client address: {@code anonymous-requests-per-minute}
 * requests that carry neither credentials nor a session (the sign-in page, public pages, health), plus every
 * request answered 401, whatever it carried (forged tokens, wrong Basic passwords). Past the limit: 429 with
 * Retry-After, before Spring Security or any database work. Signed-in traffic is not counted.
 */
class AnonymousRateLimit extends OncePerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(5))
            .build();
    private final int perMinute;
    private final ProblemWriter problems;

    AnonymousRateLimit(int perMinute, ProblemWriter problems) {
        this.perMinute = perMinute;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = request.getRemoteAddr();
        var bucket = buckets.getIfPresent(client);
        if (bucket != null && bucket.getAvailableTokens() <= 0) {
            long seconds = Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() / 1_000_000_000L);
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(request, response, 429, "error.tooManyRequests", null);
            return;
        }
        boolean anonymous = request.getHeader("Authorization") == null && request.getRequestedSessionId() == null;
        try {
            chain.doFilter(request, response);
        } finally {
            if (anonymous || response.getStatus() == 401) {
                buckets.get(
                                client,
                                k -> Bucket.builder()
                                        .addLimit(limit -> limit.capacity(perMinute)
                                                .refillGreedy(perMinute, Duration.ofMinutes(1)))
                                        .build())
                        .tryConsume(1);
            }
        }
    }
}
