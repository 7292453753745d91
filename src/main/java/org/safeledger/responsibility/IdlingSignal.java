package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A prompt, not a verdict: a fact in the record that a rule makes relevant to accountability (空转), named with its
 * facts and the rule.
 *
 * @param kind {@code DUTY_NOT_PERFORMED}, ...
 * @param since the first day the signal holds
 */
public record IdlingSignal(
        String kind, Subject subject, LocalDate since, List<Map<String, Object>> facts, String rule) {

    /** Whom it concerns: a post of the matrix ({@code POST}, its id) or a region ({@code REGION}, its code). */
    public record Subject(
            String kind, @Nullable Long id, @Nullable String regionCode, String name) {}
}
