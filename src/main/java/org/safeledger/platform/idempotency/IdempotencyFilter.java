package org.safeledger.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.safeledger.platform.web.ProblemWriter;
import org.safeledger.platform.web.ReplayableRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API {@code POST}s (api.md): a retried creation (a phone that lost the answer) gets the
 * first answer again instead of creating twice. Keys belong to the authenticated caller and live 24 hours. The
 * first request claims the key in the database before it runs, so two concurrent retries cannot both create:
 * the second gets 409 while the first runs, and the first's answer afterwards. A key reused for a different
 * request answers 422. Server errors release the key, so the client can retry.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    /**
     * A claim still unanswered after this long belongs to a request that died (a killed instance): a retry then takes
     * it over ({@code safeledger.idempotency.abandoned-after}, two minutes by default; until then retries get 409).
     */
    private final Duration abandoned;

    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRecords records;
    private final Clock clock;
    private final ProblemWriter problems;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotencyFilter(
            IdempotencyRecords records,
            Clock clock,
            ProblemWriter problems,
            @org.springframework.beans.factory.annotation.Value("${safeledger.idempotency.abandoned-after:PT2M}")
                    Duration abandoned) {
        this.abandoned = abandoned;
        this.records = records;
        this.clock = clock;
        this.problems = problems;
    }

    /**
     * The creations a client may retry. Not tokens (the answer holds a secret that must not be kept) nor accounts
     * (the request holds a password), and not uploads (content-addressed already, and multipart must stream).
     */
    static final Set<String> CREATIONS = Set.of(
            "/api/v1/hazards",
            "/api/v1/rectifications",
            "/api/v1/enterprises",
            "/api/v1/departments",
            "/api/v1/people",
            "/api/v1/risk-points",
            "/api/v1/checklists",
            "/api/v1/inspections",
            "/api/v1/inspection-schedules",
            "/api/v1/inspections/enforcement",
            "/api/v1/inspection-draws",
            "/api/v1/enforcement-documents",
            "/api/v1/enforcement-plans",
            "/api/v1/accidents",
            "/api/v1/lesson-rollouts",
            "/api/v1/tours",
            "/api/v1/meetings",
            "/api/v1/summons",
            "/api/v1/campaigns");

    /** A creation's JSON is small; anything larger is not buffered for fingerprinting. */
    static final int MAX_BODY = 256 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !CREATIONS.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        var key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, 400, "error.idempotency.key", HEADER);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            problems.write(request, response, 413, "error.idempotency.tooLarge", HEADER);
            return;
        }
        var principal = authentication.getName();
        var body = new ReplayableRequest(request, MAX_BODY);
        if (body.tooLarge()) {
            problems.write(request, response, 413, "error.idempotency.tooLarge", HEADER);
            return;
        }
        var hash = hash(request.getRequestURI(), body.body());
        var now = clock.instant();
        purgeNowAndThen(now);
        if (!records.claim(principal, key, hash, now)
                && !records.takeOverAbandoned(principal, key, now.minus(abandoned))) {
            answerFromRecord(request, response, principal, key, hash);
            return;
        }
        var wrapped = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(body, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            records.release(principal, key);
            throw e;
        }
        if (wrapped.getStatus() >= 500) {
            records.release(principal, key);
        } else {
            records.complete(
                    principal,
                    key,
                    wrapped.getStatus(),
                    wrapped.getContentType(),
                    wrapped.getContentAsByteArray(),
                    wrapped.getHeader("Location"));
        }
        wrapped.copyBodyToResponse();
    }

    private void answerFromRecord(
            HttpServletRequest request, HttpServletResponse response, String principal, String key, String hash)
            throws IOException {
        var stored = records.find(principal, key).orElse(null);
        if (stored == null || stored.status() == null) {
            problems.write(request, response, 409, "error.idempotency.inProgress", HEADER);
        } else if (!stored.requestHash().equals(hash)) {
            problems.write(request, response, 422, "error.idempotency.mismatch", HEADER);
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader("Location", stored.location());
            }
            response.setHeader("Idempotency-Replayed", "true");
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body());
            }
        }
    }

    /** Purges expired records at most once an hour per instance, off the common path. */
    private void purgeNowAndThen(Instant now) {
        var last = lastPurge.get();
        if (last.plus(Duration.ofHours(1)).isBefore(now) && lastPurge.compareAndSet(last, now)) {
            records.purgeBefore(now.minus(RETENTION));
        }
    }

    private static String hash(String path, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
