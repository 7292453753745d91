package org.safeledger.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk method version as a data file (src/main/resources/risk-methods/*.json, or an administrator's upload):
 * the factor tables, each value with its wording, and the bands with explicit bound inclusivity, each mapped to one
 * of the four levels. Nothing numeric about a method lives in code.
 */
public record RiskMethodFile(
        String method,
        String versionKey,
        String title,
        @Nullable String titleEn,
        String issuer,
        String source,
        String formula,
        LocalDate effectiveFrom,
        @Nullable String warning,
        List<Factor> factors,
        List<Band> bands) {

    /** A factor (L, E, C, S, M …) and the only values it may take. */
    public record Factor(String key, String name, @Nullable String nameEn, List<FactorValue> values) {}

    public record FactorValue(
            BigDecimal value, String label, @Nullable String labelEn) {}

    /**
     * A band of the score: {@code min} to {@code max} (open above when {@code max} is null), each bound inclusive
     * or not as configured — the pack's recommended default is lower bound inclusive, with LEC's D = 320 as 较大.
     */
    public record Band(
            String code,
            String label,
            @Nullable String labelEn,
            BigDecimal min,
            boolean minInclusive,
            @Nullable BigDecimal max,
            boolean maxInclusive,
            RiskLevel level) {

        public boolean holds(BigDecimal score) {
            int low = score.compareTo(min);
            if (low < 0 || (low == 0 && !minInclusive)) {
                return false;
            }
            if (max == null) {
                return true;
            }
            int high = score.compareTo(max);
            return high < 0 || (high == 0 && maxInclusive);
        }
    }
}
