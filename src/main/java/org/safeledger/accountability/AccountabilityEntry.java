package org.safeledger.accountability;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One accountability decision on the board: recorded here ({@code id}), or decided by an accident investigation on a
 * person ({@code derived}, read from the accident's record). {@code decisions} are message keys (the forms of
 * accountability, or the investigation's handlings); {@code ground} is null for an investigation's decision, whose
 * text says what the person answers for. {@code sourceReadable}: whether the reader may open the accident or summons.
 */
public record AccountabilityEntry(
        @Nullable Long id,
        String regionCode,
        String personName,
        String post,
        @Nullable String ground,
        List<String> decisions,
        @Nullable LocalDate decidedOn,
        String note,
        String sourceKind,
        @Nullable Long sourceId,
        String sourceLabel,
        boolean derived,
        boolean sourceReadable) {

    /** The same entry as the reader sees it: whether the reader may open its source. */
    AccountabilityEntry readBy(boolean readable) {
        return new AccountabilityEntry(
                id,
                regionCode,
                personName,
                post,
                ground,
                decisions,
                decidedOn,
                note,
                sourceKind,
                sourceId,
                sourceLabel,
                derived,
                readable);
    }

    /** The source kinds of a record; an investigation's decision is {@code ACCIDENT} too. */
    public enum Source {
        ACCIDENT,
        SUMMONS,
        SIGNAL,
        OTHER
    }
}
