package org.safeledger.enforcement;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;

/**
 * The document list's filters, all optional: one enterprise; text found in the number, the enterprise's name or the
 * body (matched literally); the type; the acknowledgement ({@code PENDING}, {@code SIGNED}, {@code REFUSED}); the
 * issuing department.
 */
public record DocumentFilter(
        @Nullable Long enterpriseId,
        @Nullable String text,
        @Nullable DocumentType type,
        @Nullable String acknowledgement,
        @Nullable Long departmentId) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null);
    }

    /**
     * The filters a reader asks for. "Awaiting service" ({@code ack=PENDING}) means, for an officer, the documents of
     * their own department: those are theirs to serve (the home page's card counts the same).
     */
    public static DocumentFilter of(
            Actor reader,
            @Nullable Long enterpriseId,
            @Nullable String q,
            @Nullable String type,
            @Nullable String ack) {
        var acknowledgement = ack == null || ack.isBlank() ? null : ack.strip();
        if (acknowledgement != null
                && !java.util.Set.of("PENDING", "SIGNED", "REFUSED").contains(acknowledgement)) {
            throw new InvalidInputException("ack", "error.code.unknown", acknowledgement);
        }
        return new DocumentFilter(
                enterpriseId,
                q == null || q.isBlank() ? null : q.strip(),
                type == null || type.isBlank() ? null : InputValues.code(DocumentType.class, "type", type.strip()),
                acknowledgement,
                "PENDING".equals(acknowledgement) ? reader.departmentId() : null);
    }
}
