package org.safeledger.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page that fails shows the error page with the status and a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A value the database refuses (a dangling reference, a NUL character) is the sender's mistake. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String handleIntegrity(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute(
                "message",
                messages.getMessage("error.reference", null, "error.reference", LocaleContextHolder.getLocale()));
        return "error";
    }

    @ExceptionHandler(SafeLedgerException.class)
    String handle(SafeLedgerException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        model.addAttribute(
                "message",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        return "error";
    }
}
