package org.safeledger.enforcement;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;

/**
 * The document list's filters, all optional: one enterprise; text found in the number, the enterprise's name or the
 * body (matched literally); the type; the acknowledgement ({@code PENDING}, {@code SIGNED}, {@code REFUSED}); the
 * issuing department; the enterprise's region (within the reader's scope) and the days of issue.
 */
public record DocumentFilter(
        @Nullable Long enterpriseId,
        @Nullable String text,
        @Nullable DocumentType type,
        @Nullable String acknowledgement,
        @Nullable Long departmentId,
        org.safeledger.shared.@Nullable RegionCode region,
        java.time.@Nullable LocalDate from,
        java.time.@Nullable LocalDate to) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null, null, null, null);
    }

    /** The same filter for one type (a statistic's figure per type). */
    public DocumentFilter ofType(@Nullable DocumentType chosen) {
        return new DocumentFilter(enterpriseId, text, chosen, acknowledgement, departmentId, region, from, to);
    }

    /** The same filter in a region and issued in a period (days inclusive, in the configured zone). */
    public DocumentFilter issued(
            org.safeledger.shared.@Nullable RegionCode chosen,
            java.time.@Nullable LocalDate first,
            java.time.@Nullable LocalDate last) {
        return new DocumentFilter(enterpriseId, text, type, acknowledgement, departmentId, chosen, first, last);
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
                "PENDING".equals(acknowledgement) ? reader.departmentId() : null,
                null,
                null,
                null);
    }

    /** {@link #of(Actor, Long, String, String, String)} in a region and a period of issue, as pages and the API give them. */
    public static DocumentFilter of(
            Actor reader,
            @Nullable Long enterpriseId,
            @Nullable String q,
            @Nullable String type,
            @Nullable String ack,
            @Nullable String regionCode,
            @Nullable String from,
            @Nullable String to) {
        return of(reader, enterpriseId, q, type, ack)
                .issued(
                        regionCode == null || regionCode.isBlank()
                                ? null
                                : new org.safeledger.shared.RegionCode(regionCode.strip()),
                        InputValues.date("from", from),
                        InputValues.date("to", to));
    }
}
