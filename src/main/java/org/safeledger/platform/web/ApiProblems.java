package org.safeledger.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API controller as an RFC 9457 problem ({@code application/problem+json}) in the
 * requester's language: validation failures are 400 with {@code errors: [{field, message}]}, never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SafeLedgerException.class)
    ProblemDetail handle(SafeLedgerException e) {
        var status = HttpStatus.valueOf(e.status());
        var detail = text(e.messageKey(), e.args());
        var problem = problem(status, detail);
        String field = e instanceof InvalidInputException invalid
                ? invalid.field()
                : e instanceof ConflictException conflict ? conflict.field() : null;
        if (e instanceof org.safeledger.shared.MissingPartsException missing) {
            problem.setProperty(
                    "errors",
                    missing.fields().stream()
                            .map(f -> Map.of("field", f, "message", text("error.field.required", new Object[0])))
                            .toList());
        } else if (e instanceof org.safeledger.shared.RowErrorsException rows) {
            problem.setProperty(
                    "errors",
                    rows.errors().stream()
                            .map(r -> Map.of("row", r.row(), "field", r.field(), "message", r.message()))
                            .toList());
        } else if (e instanceof InvalidInputException invalid
                && !invalid.resolved().isEmpty()) {
            problem.setProperty(
                    "errors",
                    invalid.resolved().stream()
                            .map(f -> Map.of("field", f.field(), "message", f.message()))
                            .toList());
        } else if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return problem;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail handleDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, text("error.forbidden", new Object[0]));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail handleStale(OptimisticLockingFailureException e) {
        var problem = problem(HttpStatus.CONFLICT, text("error.version.stale", new Object[0]));
        problem.setProperty("errors", List.of(Map.of("field", "version", "message", problem.getDetail())));
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail handleDuplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, text("error.duplicate", new Object[0]));
    }

    /** A reference to something that does not exist slipped past the checks: the caller's mistake, not ours. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail handleIntegrity(DataIntegrityViolationException e) {
        log.warn(
                "Integrity violation answered as 400: {}",
                e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.BAD_REQUEST, text("error.reference", new Object[0]));
    }

    /** Anything unforeseen: a problem without internals, and the details in the log. */
    @ExceptionHandler(Exception.class)
    ProblemDetail handleUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.internal", new Object[0]));
    }

    /** A multipart body that is not one (no boundary, cut short, not multipart at all): 413 stays for oversize. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail handleMultipart(MultipartException e) {
        var detail = text("error.multipart", new Object[0]);
        var problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", detail)));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        var detail = text("error.field.type", new Object[] {e.getName()});
        var problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", detail)));
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", fieldMessage(f, locale)))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, text("error.validation", new Object[0]));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body that binds to nothing: the field it fails at, and why, when it is JSON at all. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var unreadable = UnreadableBody.of(e);
        if (unreadable == null) {
            return super.handleHttpMessageNotReadable(e, headers, status, request);
        }
        var detail = text(unreadable.messageKey(), new Object[] {unreadable.field()});
        var problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(Map.of("field", unreadable.field(), "message", detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field", r.getMethodParameter().getParameterName(),
                                "message", messages.getMessage(err, locale))))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, text("error.validation", new Object[0]));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Framework-detected problems (unreadable JSON, wrong media type...) keep their status, with a
        // localised detail that does not echo parser internals.
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(text("problem.title." + statusCode.value(), new Object[0], problem.getTitle()));
            if (statusCode.value() == 400) {
                problem.setDetail(text("error.request.unreadable", new Object[0]));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private String fieldMessage(FieldError error, Locale locale) {
        if (error.isBindingFailure()) {
            return text("error.field.type", new Object[] {error.getField()});
        }
        return messages.getMessage(error, locale);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("problem.title." + status.value(), new Object[0], status.getReasonPhrase()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object[] args, String fallback) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }
}
