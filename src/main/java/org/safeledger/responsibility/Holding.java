package org.safeledger.responsibility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person holding a post from a day to a day (the last day held; open while held). Kept when it ends, so that
 * "who was in charge on 2023-02-22?" has an answer.
 */
public record Holding(
        long id,
        long personId,
        String personName,
        LocalDate from,
        @Nullable LocalDate to) {

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean open() {
        return to == null;
    }

    Holding endingOn(LocalDate last) {
        return new Holding(id, personId, personName, from, last);
    }
}
