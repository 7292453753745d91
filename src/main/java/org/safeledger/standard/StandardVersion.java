package org.safeledger.standard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One version of a determination standard, with its provenance and the period it is in force. */
public record StandardVersion(
        long id,
        String code,
        String versionKey,
        String title,
        @Nullable String titleEn,
        String issuer,
        String documentNumber,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        List<String> sectors,
        String source,
        @Nullable String warning,
        int clauseCount) {

    /** The version key under api.md's name for it. */
    @com.fasterxml.jackson.annotation.JsonProperty("version")
    public String version() {
        return versionKey;
    }

    /** Whether this version is the one in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
