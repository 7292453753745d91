package org.safeledger.platform.web;

import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A module's refusal as one line of text in the reader's language, naming the field it concerns, for pages that show
 * it above a form they cannot bind it to (compare {@link FieldRejection}, which puts it next to the field).
 */
public final class Refusals {

    private Refusals() {}

    public static String text(MessageSource messages, SafeLedgerException e) {
        if (e instanceof InvalidInputException invalid && !invalid.resolved().isEmpty()) {
            return String.join(
                    "; ",
                    invalid.resolved().stream()
                            .map(f -> f.field() + ": " + f.message())
                            .toList());
        }
        var field = e instanceof InvalidInputException invalid ? invalid.field() + ": " : "";
        return field + messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
    }
}
