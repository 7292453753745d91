package org.safeledger.accountability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A year's scorecard of a region or a department: the points left after each indicator's deductions, the grade they
 * give, and whether an accident vetoed the year (the grade is then {@code FAIL} whatever the points). Every deduction
 * carries the facts it counts, each one a record a reader can open; {@code count} is the facts' units.
 */
public record Scorecard(
        int year,
        String regionCode,
        String subject,
        int score,
        Grade grade,
        boolean vetoed,
        List<Map<String, Object>> veto,
        List<Deduction> deductions,
        String scheme) {

    public enum Grade {
        EXCELLENT,
        GOOD,
        PASS,
        FAIL;

        public String messageKey() {
            return "grade." + name();
        }
    }

    public record Deduction(String indicator, int count, int points, List<Map<String, Object>> facts) {}

    /**
     * Scores the facts by the scheme: each indicator deducts its points per fact up to its most; facts of an
     * indicator the scheme does not list deduct nothing; a veto fact fails the year.
     */
    public static Scorecard score(
            AssessmentScheme scheme,
            int year,
            String regionCode,
            String subject,
            Map<String, List<Map<String, Object>>> facts,
            List<Map<String, Object>> veto) {
        var deductions = new ArrayList<Deduction>();
        int left = scheme.total();
        for (var indicator : scheme.indicators()) {
            var counted = facts.getOrDefault(indicator.code(), List.of());
            if (counted.isEmpty()) {
                continue;
            }
            int units = counted.stream().mapToInt(Scorecard::units).sum();
            if (units == 0) {
                continue;
            }
            int points = Math.min(indicator.max(), units * indicator.points());
            deductions.add(new Deduction(indicator.code(), units, points, List.copyOf(counted)));
            left -= points;
        }
        int score = Math.max(0, left);
        boolean vetoed = !veto.isEmpty();
        return new Scorecard(
                year,
                regionCode,
                subject,
                score,
                vetoed ? Grade.FAIL : grade(scheme, score),
                vetoed,
                List.copyOf(veto),
                List.copyOf(deductions),
                scheme.source());
    }

    /** How many times a fact counts: once, or its {@code units} (a plan ten points short per ten points). */
    static int units(Map<String, Object> fact) {
        return fact.get("units") instanceof Number n ? n.intValue() : 1;
    }

    /**
     * How many steps of ten percentage points a plan's visits done fall short of the share of the year expected by
     * the day (all of it for a year ended); a plan with nothing to do is on target.
     */
    public static int planShortfall(long done, long target, int expectedPercent) {
        long percent = target == 0 ? 100 : Math.min(100, done * 100 / target);
        return (int) Math.max(0, (expectedPercent - percent) / 10);
    }

    /** Excellent from its bound up, good from its bound below excellent, pass likewise, fail below pass. */
    static Grade grade(AssessmentScheme scheme, int score) {
        if (score >= scheme.excellent()) {
            return Grade.EXCELLENT;
        }
        if (score >= scheme.good()) {
            return Grade.GOOD;
        }
        return score >= scheme.pass() ? Grade.PASS : Grade.FAIL;
    }
}
