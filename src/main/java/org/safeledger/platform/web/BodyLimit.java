package org.safeledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API request body is larger than {@code safeledger.api.max-body} (1 MB by default; uploads are multipart, with
 * limits of their own): a larger one is answered 413 before anything parses it, so that a million-item array or a
 * hundred-megabyte string costs neither heap nor a database round. A declared length is refused unread; a chunked
 * body is read up to the limit (the most a request can then hold in memory) and refused at the first byte over.
 * Tomcat discards what the client still sends of a refused body up to {@code server.tomcat.max-swallow-size}, so
 * that the client reads the answer instead of a reset connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimit extends OncePerRequestFilter {

    private final int limit;
    private final ProblemWriter problems;

    BodyLimit(@Value("${safeledger.api.max-body:1MB}") DataSize limit, ProblemWriter problems) {
        this.limit = (int) Math.min(Integer.MAX_VALUE - 1, limit.toBytes());
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        var buffered = new ReplayableRequest(request, limit);
        if (buffered.tooLarge()) {
            refuse(request, response);
            return;
        }
        chain.doFilter(buffered, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, 413, "error.request.tooLarge", null);
    }
}
