package org.safeledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter, where no controller advice can answer (authentication,
 * idempotency), in the same shape and language as {@code ApiProblems}.
 */
@Component
public class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String messageKey,
            @Nullable String field)
            throws IOException {
        write(request, response, status, messageKey, field, request.getRequestURI());
    }

    /** As {@link #write(HttpServletRequest, HttpServletResponse, int, String, String)}, for the given instance. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String messageKey,
            @Nullable String field,
            String instance)
            throws IOException {
        var locale = locales.resolveLocale(request);
        var detail = messages.getMessage(messageKey, null, messageKey, locale);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("problem.title." + status, null, String.valueOf(status), locale));
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (field != null) {
            body.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
