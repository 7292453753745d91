package org.safeledger.shared;

import java.util.List;

/**
 * 400 naming the offending field: bad input is the requester's mistake, never a 500. Either one field with a
 * message key, or several fields whose messages were already resolved in the requester's language (the output
 * of Bean Validation).
 */
public class InvalidInputException extends SafeLedgerException {

    /** A field and its message, already in the requester's language. */
    public record FieldMessage(String field, String message) {}

    private final String field;
    private final List<FieldMessage> resolved;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
        this.resolved = List.of();
    }

    private InvalidInputException(List<FieldMessage> resolved) {
        super("error.validation");
        this.field = resolved.get(0).field();
        this.resolved = List.copyOf(resolved);
    }

    public static InvalidInputException of(List<FieldMessage> resolved) {
        return new InvalidInputException(resolved);
    }

    public String field() {
        return field;
    }

    /** The resolved field messages, empty when the exception names one field by message key. */
    public List<FieldMessage> resolved() {
        return resolved;
    }

    @Override
    public int status() {
        return 400;
    }
}
