package org.safeledger.accident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.InputValues;

/**
 * The accident list's filters, all optional: one enterprise; text found in the enterprise's name, the place or the
 * summary (matched literally); the level (confirmed or provisional); the days of occurrence from and to (inclusive, in the configured zone); a region within the reader's scope.
 */
public record AccidentFilter(
        @Nullable Long enterpriseId,
        @Nullable String text,
        @Nullable AccidentLevel level,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        org.safeledger.shared.@Nullable RegionCode region) {

    public static AccidentFilter none() {
        return new AccidentFilter(null, null, null, null, null, null);
    }

    /** The same filter in a region (the reader's scope narrowed to it: a statistic's drill-down). */
    public AccidentFilter in(org.safeledger.shared.@Nullable RegionCode chosen) {
        return new AccidentFilter(enterpriseId, text, level, from, to, chosen);
    }

    /** The same filter for the days of occurrence from and to (inclusive). */
    public AccidentFilter between(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new AccidentFilter(enterpriseId, text, level, first, last, region);
    }

    /** The same filter at one level (confirmed or provisional, as the list matches it). */
    public AccidentFilter at(@Nullable AccidentLevel chosen) {
        return new AccidentFilter(enterpriseId, text, chosen, from, to, region);
    }

    /** The filters as a page or the API gives them: a bad level or date is a 400 naming its parameter. */
    public static AccidentFilter of(
            @Nullable Long enterpriseId,
            @Nullable String q,
            @Nullable String level,
            @Nullable String from,
            @Nullable String to,
            @Nullable String regionCode) {
        return new AccidentFilter(
                enterpriseId,
                q == null || q.isBlank() ? null : q.strip(),
                level == null || level.isBlank() ? null : InputValues.code(AccidentLevel.class, "level", level.strip()),
                from == null || from.isBlank() ? null : InputValues.date("from", from.strip()),
                to == null || to.isBlank() ? null : InputValues.date("to", to.strip()),
                regionCode == null || regionCode.isBlank()
                        ? null
                        : new org.safeledger.shared.RegionCode(regionCode.strip()));
    }
}
