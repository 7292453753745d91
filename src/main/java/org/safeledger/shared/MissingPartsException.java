package org.safeledger.shared;

import java.util.List;

/** A step that cannot be taken until these parts are given (422), each named by its field. */
public class MissingPartsException extends SafeLedgerException {

    private final List<String> fields;

    public MissingPartsException(String messageKey, List<String> fields) {
        super(messageKey, String.join(", ", fields));
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
