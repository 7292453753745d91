package org.safeledger.standard;

import org.jspecify.annotations.Nullable;

/**
 * A clause of a standard version: its number (4.1 = art. 4 item (1)), its parent aspect, the verbatim Chinese text,
 * an English gloss (not an official translation), and whether the source pack could not confirm it.
 */
public record Clause(
        long id,
        long versionId,
        String standardCode,
        String versionKey,
        String number,
        @Nullable String parentNumber,
        String kind,
        String text,
        @Nullable String gloss,
        boolean unconfirmed) {

    /** The English gloss under api.md's name for it. */
    @com.fasterxml.jackson.annotation.JsonProperty("textEn")
    public @Nullable String textEn() {
        return gloss;
    }
}
