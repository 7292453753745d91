package org.safeledger.hazard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ledger import: its file, how far it got, and how it ended. */
public record ImportJob(
        long id,
        String fileName,
        Status status,
        int totalRows,
        int doneRows,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        QUEUED,
        IMPORTING,
        DONE,
        FAILED
    }

    /** Per cent of the rows imported (shown by the page while it runs). */
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * doneRows / totalRows);
    }
}
