package org.safeledger.identity;

import org.safeledger.platform.web.ProblemWriter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 on the API as RFC 9457 problems, like every other API error. These happen in the security
 * filters, before any controller advice could answer.
 */
@Component
class ProblemResponses {

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.minutes() * 60));
                problems.write(request, response, 429, "error.login.throttled", null);
                return;
            }
            // a wrong password, an unknown username and a locked account get the same answer
            response.setHeader("WWW-Authenticate", "Basic realm=\"SafeLedger\", Bearer");
            problems.write(request, response, 401, "error.unauthorized", null);
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> problems.write(request, response, 403, "error.forbidden", null);
    }
}
