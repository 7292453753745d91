package org.safeledger.accountability;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeledger.accident.AccidentFacts.AccidentFact;
import org.safeledger.accident.AccidentLevel;

/**
 * The summons triggers the record meets (安委〔2018〕2号 art. 4 and local rules), pure: accidents of a level or graver
 * repeated within a window in one region, and hazards under listed supervision not rectified on time.
 */
public final class TriggerRules {

    /** {@code count} accidents of {@code atLeast} or graver within {@code within}: e.g. {@code SERIOUS:2:P30D}. */
    public record AccidentRule(AccidentLevel atLeast, int count, Period within) {

        public static AccidentRule parse(String text) {
            var parts = text.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("a summons accident rule is LEVEL:COUNT:PERIOD, not " + text);
            }
            var rule = new AccidentRule(
                    AccidentLevel.valueOf(parts[0]), Integer.parseInt(parts[1]), Period.parse(parts[2]));
            if (rule.count() < 1 || rule.within().isNegative() || rule.within().isZero()) {
                throw new IllegalArgumentException(
                        "a summons accident rule needs a positive count and period: " + text);
            }
            return rule;
        }

        public String describe() {
            return atLeast.name() + ":" + count + ":" + within;
        }
    }

    /** A region the record says to summon, the trigger, its facts, the rule that makes them one. */
    public record Met(String trigger, String regionCode, List<Map<String, Object>> facts, String rule) {}

    private TriggerRules() {}

    /**
     * Per region of the accidents, the first window of each rule holding its count of accidents of the level or
     * graver (the accidents are of one period, in the order they occurred).
     */
    public static List<Met> accidents(List<AccidentFact> accidents, List<AccidentRule> rules, ZoneId zone) {
        var met = new ArrayList<Met>();
        var byRegion = accidents.stream()
                .collect(Collectors.groupingBy(AccidentFact::regionCode, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byRegion.entrySet()) {
            for (var rule : rules) {
                window(entry.getValue(), rule, zone)
                        .ifPresent(w -> met.add(new Met(
                                SummonsTrigger.ACCIDENTS_IN_WINDOW.name(),
                                entry.getKey(),
                                w.stream().map(a -> accident(a, zone)).toList(),
                                rule.describe())));
            }
        }
        return met;
    }

    static Optional<List<AccidentFact>> window(List<AccidentFact> accidents, AccidentRule rule, ZoneId zone) {
        var graver = accidents.stream()
                .filter(a -> a.level().ordinal() >= rule.atLeast().ordinal())
                .toList();
        for (int first = 0; first + rule.count() <= graver.size(); first++) {
            var start = graver.get(first).occurredAt();
            Instant end = start.atZone(zone).plus(rule.within()).toInstant();
            var last = graver.get(first + rule.count() - 1);
            if (last.occurredAt().isBefore(end)) {
                return Optional.of(graver.subList(first, first + rule.count()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> accident(AccidentFact a, ZoneId zone) {
        var fact = new LinkedHashMap<String, Object>();
        fact.put("fact", "ACCIDENT");
        fact.put("id", a.id());
        fact.put("title", a.enterpriseName() + " " + a.place());
        fact.put("level", a.level().name());
        fact.put("occurredOn", a.occurredAt().atZone(zone).toLocalDate());
        fact.put("deaths", a.deaths());
        fact.put("readable", a.readable());
        return fact;
    }
}
