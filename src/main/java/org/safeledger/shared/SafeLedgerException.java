package org.safeledger.shared;

/**
 * A failure that maps to an HTTP status and a message-bundle key, so the API and the pages report it in the
 * requester's language. The arguments fill the message's placeholders.
 */
public abstract class SafeLedgerException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected SafeLedgerException(String messageKey, Object... args) {
        super(messageKey + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public abstract int status();
}
