package org.safeledger.shared;

import java.util.List;

/**
 * A file refused because of some of its rows (422): every error, by row number (as the spreadsheet shows it),
 * field and message, already in the requester's language. Nothing of the file was kept.
 */
public class RowErrorsException extends SafeLedgerException {

    /** One problem of one row. */
    public record RowError(int row, String field, String message) {}

    private final List<RowError> errors;

    public RowErrorsException(List<RowError> errors) {
        super("error.import.rows", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 422;
    }
}
