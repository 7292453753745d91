package org.safeledger.inspection;

import org.jspecify.annotations.Nullable;

/**
 * An item of a checklist: a clause of a determination standard (its text as cited, {@code clauseLabel} naming
 * standard, version and number) or a custom line. A clause item is a major-hazard item.
 */
public record ChecklistItem(
        long id,
        int position,
        @Nullable Long clauseId,
        @Nullable String clauseLabel,
        String text) {

    @com.fasterxml.jackson.annotation.JsonProperty("major")
    public boolean major() {
        return clauseId != null;
    }
}
