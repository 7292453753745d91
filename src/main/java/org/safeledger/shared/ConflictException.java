package org.safeledger.shared;

/** 409: the request contradicts the current state (a duplicate key, a stale version, an illegal transition). */
public class ConflictException extends SafeLedgerException {

    private final String field;

    public ConflictException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 409;
    }
}
