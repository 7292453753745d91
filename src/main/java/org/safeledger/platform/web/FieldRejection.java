package org.safeledger.platform.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.validation.BindingResult;

/**
 * Puts a module's refusal onto the form that caused it, next to the field it names (or at the top of the form
 * when it names none), so the page re-renders with the user's input intact.
 */
public final class FieldRejection {

    private FieldRejection() {}

    public static void onto(BindingResult form, SafeLedgerException e) {
        if (e instanceof InvalidInputException invalid && !invalid.resolved().isEmpty()) {
            invalid.resolved().forEach(f -> reject(form, f.field(), null, new Object[0], f.message()));
            return;
        }
        String field = e instanceof InvalidInputException invalid
                ? invalid.field()
                : e instanceof ConflictException conflict ? conflict.field() : null;
        reject(form, field, e.messageKey(), e.args(), e.messageKey());
    }

    private static void reject(
            BindingResult form, @Nullable String field, @Nullable String key, Object[] args, String defaultMessage) {
        // A resolved message has no key of its own: a code absent from the bundles makes the default show.
        var code = key == null ? "resolved.message" : key;
        if (field != null && hasProperty(form, field)) {
            form.rejectValue(field, code, args, defaultMessage);
        } else {
            form.reject(code, args, defaultMessage);
        }
    }

    private static boolean hasProperty(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
