package org.safeledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A malformed multipart body (no boundary, cut short) fails before any controller is chosen, where the advices
 * bound to controllers cannot answer: it is the sender's mistake, a 400, never a 500.
 */
@ControllerAdvice // unordered: last, after the advices bound to controllers (which keep 413 for oversize)
class MultipartProblems {

    private final ProblemWriter problems;

    MultipartProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MultipartException.class)
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, 400, "error.multipart", "file");
    }
}
