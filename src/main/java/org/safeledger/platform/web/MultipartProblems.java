package org.safeledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that is malformed (no boundary, cut short: 400) or over the size limit (413) fails before any
 * controller is chosen, where the advices bound to controllers cannot answer: the sender's mistake, never a 500.
 * Under {@code /api/} the answer is a problem naming the field {@code file}; a page gets the error page.
 */
@ControllerAdvice // unordered: last, after the advices bound to controllers
class MultipartProblems {

    private final ProblemWriter problems;

    MultipartProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MultipartException.class)
    void handle(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        int status = tooLarge ? 413 : 400;
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(status);
            return;
        }
        problems.write(request, response, status, tooLarge ? "error.multipart.tooLarge" : "error.multipart", "file");
    }
}
