package org.safeledger.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.risk.RiskMethodFile.Band;
import org.safeledger.risk.RiskMethodFile.Factor;
import org.safeledger.shared.InvalidInputException;

/** A loaded version of a risk method: its tables, bands, the dates it is in force, and the evaluation itself. */
public record RiskMethodVersion(
        long id,
        String method,
        String versionKey,
        String title,
        @Nullable String titleEn,
        String issuer,
        String source,
        String formula,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String warning,
        List<Factor> factors,
        List<Band> bands,
        Instant loadedAt) {

    /**
     * The score (the product of the factor values), the band holding it and its level. Every factor of the method
     * is required and must be one of its table's values; anything else is a 400 naming the factor.
     */
    public Evaluation evaluate(Map<String, ?> given) {
        var used = new LinkedHashMap<String, BigDecimal>();
        var score = BigDecimal.ONE;
        for (var factor : factors) {
            var raw = given.get(factor.key());
            if (raw == null || raw.toString().isBlank()) {
                throw new InvalidInputException(factor.key(), "error.field.required");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw.toString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(factor.key(), "error.risk.factorNotNumber", raw);
            }
            var allowed = factor.values().stream()
                    .filter(v -> v.value().compareTo(value) == 0)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            factor.key(), "error.risk.factorValue", value.toPlainString(), method, allowed(factor)));
            used.put(factor.key(), allowed.value());
            score = score.multiply(allowed.value());
        }
        var product = score;
        var band = bands.stream()
                .filter(b -> b.holds(product))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("no band of " + versionKey + " holds " + product.toPlainString()));
        return new Evaluation(
                method,
                versionKey,
                plain(product),
                band.code(),
                band.label(),
                band.labelEn(),
                band.level(),
                band.level().colour(),
                used);
    }

    /** The factor keys in order (for forms and the API's documentation). */
    public List<String> factorKeys() {
        return factors.stream().map(Factor::key).toList();
    }

    private static String allowed(Factor factor) {
        return String.join(
                ", ",
                factor.values().stream().map(v -> v.value().toPlainString()).toList());
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * What is wrong with a method's tables, empty when nothing: factors with no values or repeated keys, bands with
     * an empty range, and — the pack's rule — any product of table values that falls in no band or in more than one.
     */
    public static List<String> problems(List<Factor> factors, List<Band> bands) {
        var problems = new ArrayList<String>();
        if (factors.isEmpty()) {
            problems.add("no factors");
        }
        if (bands.isEmpty()) {
            problems.add("no bands");
        }
        if (factors.stream().map(Factor::key).distinct().count() != factors.size()) {
            problems.add("factor keys repeat");
        }
        long combinations = 1;
        for (var f : factors) {
            if (f == null) {
                problems.add("a factor is empty");
                continue;
            }
            if (f.key() == null || !f.key().matches("[a-z]{1,10}")) {
                problems.add("factor key " + f.key() + " is not a short lower-case name");
            }
            if (f.name() == null || f.name().isBlank()) {
                problems.add("factor " + f.key() + " has no name");
            }
            if (f.values() == null || f.values().isEmpty()) {
                problems.add("factor " + f.key() + " has no values");
            } else {
                combinations = Math.min(combinations * f.values().size(), Long.MAX_VALUE / 1000);
                if (f.values().stream().anyMatch(v -> v == null || v.value() == null || v.label() == null)) {
                    problems.add("factor " + f.key() + " has a value without number or label");
                }
            }
        }
        if (combinations > MAX_COMBINATIONS) {
            problems.add("the tables give more than " + MAX_COMBINATIONS + " combinations");
        }
        for (var b : bands) {
            if (b == null || b.code() == null || b.label() == null || b.min() == null || b.level() == null) {
                problems.add("a band lacks its code, label, min or level");
            } else if (b.max() != null && b.min().compareTo(b.max()) > 0) {
                problems.add("band " + b.code() + " has min above max");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (var product : products(factors)) {
            long holding = bands.stream().filter(b -> b.holds(product)).count();
            if (holding != 1) {
                problems.add("score " + plain(product).toPlainString() + " falls in " + holding + " bands");
            }
        }
        return problems;
    }

    /** More combinations of factor values than a method's tables may give (every one is checked at load). */
    static final long MAX_COMBINATIONS = 100_000;

    /** Every product of one value per factor (the scores the method can give). */
    public static List<BigDecimal> products(List<Factor> factors) {
        var products = List.of(BigDecimal.ONE);
        for (var f : factors) {
            var next = new ArrayList<BigDecimal>();
            for (var p : products) {
                for (var v : f.values()) {
                    next.add(p.multiply(v.value()));
                }
            }
            products = next;
        }
        return products;
    }

    /** An evaluation: the score, the method's own band, the four-level risk and its colour. */
    public record Evaluation(
            String method,
            String version,
            BigDecimal score,
            String band,
            String bandLabel,
            @Nullable String bandLabelEn,
            RiskLevel level,
            RiskColour colour,
            Map<String, BigDecimal> factors) {}
}
