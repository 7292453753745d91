package org.safeledger.accountability;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A scheme of the yearly assessment (考核), configuration data ({@code safeledger.accountability.assessment-scheme}):
 * the points to start from, the grades' lower bounds, the accident levels that veto the year (一票否决) and, per
 * indicator, the points each fact deducts and the most the indicator may deduct.
 */
public record AssessmentScheme(
        String source,
        int total,
        int excellent,
        int good,
        int pass,
        Set<String> vetoLevels,
        List<Indicator> indicators) {

    /** The indicators whose facts the record counts. */
    public static final Set<String> KNOWN = Set.of(
            "DUTY_NOT_PERFORMED",
            "IDLING_SIGNAL",
            "ITEM_DEADLINE_MISSED",
            "SUMMONS",
            "PLAN_COVERAGE",
            "ACCIDENT_GENERAL",
            "ACCIDENT_LARGER",
            "ACCIDENT_SERIOUS",
            "ACCIDENT_EXTRA_SERIOUS");

    public record Indicator(String code, int points, int max) {}

    public AssessmentScheme {
        if (!(total > excellent && excellent > good && good > pass && pass > 0)) {
            throw new IllegalArgumentException("an assessment scheme needs total > excellent > good > pass > 0");
        }
        for (var i : indicators) {
            if (!KNOWN.contains(i.code()) || i.points() < 0 || i.max() < 0) {
                throw new IllegalArgumentException("assessment indicator " + i.code() + " is unknown or negative");
            }
        }
        vetoLevels = Set.copyOf(vetoLevels);
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
