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
 */
class SubmissionFilter extends OncePerRequestFilter {

    static final String PATH = "/public/tip-offs";

    private final SubmissionLimit limit;
    private final ProblemWriter problems;

    SubmissionFilter(SubmissionLimit limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
