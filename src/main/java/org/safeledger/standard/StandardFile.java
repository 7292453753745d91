package org.safeledger.standard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A standard version as its data file (JSON) holds it: see src/main/resources/standards. */
public record StandardFile(
        String code,
        String title,
        @Nullable String titleEn,
        String issuer,
        String documentNumber,
        String versionKey,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        List<String> sectors,
        String source,
        @Nullable String warning,
        List<ClauseFile> clauses) {

    /** One clause as the file holds it. */
    public record ClauseFile(
            String number,
            @Nullable String parent,
            String kind,
            String text,
            @Nullable String gloss,
            boolean unconfirmed) {}
}
