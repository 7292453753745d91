package org.safeledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to every error that reaches the servlet container's error page — no such path (404), a method (405)
 * or media type (415, 406) no controller takes, a request the firewall or a filter refused, a failure in a filter:
 * under {@code /api/} an RFC 9457 problem ({@code application/problem+json}) whatever the request accepts, so an
 * API client never gets an HTML page; elsewhere Spring Boot's own error page, as before.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses implements ErrorController {

    private final BasicErrorController pages;
    private final ProblemWriter problems;
    private final MessageSource messages;

    ErrorResponses(
            ErrorAttributes attributes,
            WebProperties web,
            List<ErrorViewResolver> resolvers,
            ProblemWriter problems,
            MessageSource messages) {
        this.pages = new BasicErrorController(attributes, web.getError(), resolvers);
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Nullable
    ModelAndView html(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return writtenAsProblem(request, response) ? null : pages.errorHtml(request, response);
    }

    @RequestMapping
    @Nullable
    ResponseEntity<Map<String, Object>> other(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return writtenAsProblem(request, response) ? null : pages.error(request);
    }

    /** A page error for a client that accepts neither HTML nor JSON: the status alone, as Spring Boot answers. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(HttpServletRequest request) {
        return ResponseEntity.status(status(request)).build();
    }

    private boolean writtenAsProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || !uri.startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
            return false;
        }
        int status = status(request);
        var key = "error.status." + status;
        if (messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE) == null) {
            key = status >= 500 ? "error.internal" : "error.status.other";
        }
        response.resetBuffer();
        problems.write(request, response, status, key, null, uri);
        return true;
    }

    private static int status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status ? status : 500;
    }
}
