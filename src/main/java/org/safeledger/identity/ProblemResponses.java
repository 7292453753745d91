package org.safeledger.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 on the API as RFC 9457 problems, like every other API error. These happen in the security
 * filters, before any controller advice could answer.
 */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"SafeLedger\", Bearer");
            var key = e instanceof LockedException ? "error.login.locked" : "error.unauthorized";
            var locale = localeResolver.resolveLocale(request);
            write(
                    response,
                    401,
                    messages.getMessage("problem.title.401", null, locale),
                    messages.getMessage(key, null, locale));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            var locale = localeResolver.resolveLocale(request);
            write(
                    response,
                    403,
                    messages.getMessage("problem.title.403", null, locale),
                    messages.getMessage("error.forbidden", null, locale));
        };
    }

    private void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.getWriter().write(json.writeValueAsString(body));
    }
}
