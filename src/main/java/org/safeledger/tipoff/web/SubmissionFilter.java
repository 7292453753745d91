package org.safeledger.tipoff.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safeledger.platform.web.ProblemWriter;
import org.safeledger.tipoff.SubmissionLimit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The anonymous form's submissions counted per client before Spring Security or the multipart parser reads a byte
 * of the body: past the allowance, 429 with Retry-After — a problem for a JSON client, the error page for a browser.
 * A body longer than the photos allowed and the texts (or of no declared length) is refused 413 unread. The paths are
 * the registration's URL patterns, matched by the container on the decoded path (an encoded path reaches the same
 * controller, so it must not escape the count).
 */
class SubmissionFilter extends OncePerRequestFilter {

    static final String[] PATHS = {"/public/tip-offs", "/public/tips"};

    /** Room for the texts and the multipart framing beside the photos. */
    private static final long TEXTS = 64 * 1024;

    private final SubmissionLimit limit;
    private final ProblemWriter problems;
    private final long maxBody;

    SubmissionFilter(SubmissionLimit limit, ProblemWriter problems, long maxPhotoBytes) {
        this.limit = limit;
        this.problems = problems;
        this.maxBody = org.safeledger.tipoff.TipOffProperties.MAX_PHOTOS * maxPhotoBytes + TEXTS;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > maxBody) {
            problems.write(request, response, 413, "error.tipoff.bodyTooLarge", null);
            return;
        }
        var wait = limit.take(request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
        var accept = request.getHeader("Accept");
        if (accept != null && accept.contains("json")) {
            problems.write(request, response, 429, "error.tipoff.tooMany", null);
        } else {
            response.sendError(429);
        }
    }
}
