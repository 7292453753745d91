package org.safeledger.shared;

/** 403: the requester's role does not permit the action, or the action names something outside the scope. */
public class ForbiddenException extends SafeLedgerException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 403;
    }
}
