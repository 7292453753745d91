package org.safeledger.shared;

import java.util.List;

/**
 * A step that cannot be taken until these parts are given (422), each named by its field. It is bad input like any
 * other — pages put it on their form as they do every {@link InvalidInputException} — only with several fields and
 * the status the API contract gives incomplete plans.
 */
public class MissingPartsException extends InvalidInputException {

    private final List<String> fields;

    public MissingPartsException(String messageKey, List<String> fields) {
        super(fields.get(0), messageKey, String.join(", ", fields));
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }

    @Override
    public int status() {
        return 422;
    }
}
