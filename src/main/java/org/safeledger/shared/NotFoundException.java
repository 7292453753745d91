package org.safeledger.shared;

/**
 * 404: the thing does not exist, or lies outside the requester's data scope (the two are not told apart, so
 * that existence does not leak across scopes).
 */
public class NotFoundException extends SafeLedgerException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 404;
    }
}
