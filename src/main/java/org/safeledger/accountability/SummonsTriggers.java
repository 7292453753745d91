package org.safeledger.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeledger.accident.AccidentFacts;
import org.safeledger.hazard.ListedOverdue;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Where the record of a region's subtree meets a summons trigger today: accidents repeated within a window by the
 * configured rules ({@code safeledger.accountability.summons-triggers.accidents}, by default two serious ones within
 * 30 days, three within six months, two larger ones within six months) over the last year, and hazards under listed
 * supervision not rectified on time. Each names the region's government to summon, with its facts.
 */
@Service
public class SummonsTriggers {

    /** A trigger met: whom to summon (its choice on the summons form), why, the facts. */
    public record Candidate(
            String trigger,
            String regionCode,
            String regionName,
            String subject,
            List<Map<String, Object>> facts,
            String rule) {}

    private final AccidentFacts accidents;
    private final ListedOverdue listed;
    private final RegionDirectory regions;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final List<TriggerRules.AccidentRule> rules;

    SummonsTriggers(
            AccidentFacts accidents,
            ListedOverdue listed,
            RegionDirectory regions,
            SafeLedgerProperties properties,
            Clock clock,
            @Value("${safeledger.accountability.summons-triggers.accidents:SERIOUS:2:P30D,SERIOUS:3:P6M,LARGER:2:P6M}")
                    List<String> rules) {
        this.accidents = accidents;
        this.listed = listed;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
        this.rules = rules.stream().map(TriggerRules.AccidentRule::parse).toList();
    }

    public List<Candidate> of(Actor actor, String regionCode) {
        var region = new RegionCode(regions.require("regionCode", regionCode).code());
        var refused = BoardAccess.readRefusal(actor, region);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var zone = properties.zone();
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(zone));
        var from = today.minusYears(1).atStartOfDay(zone).toInstant();
        var met = new ArrayList<>(TriggerRules.accidents(accidents.within(region, from, now, now, actor), rules, zone));
        var overdue = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (var f : listed.on(region, today, zone, actor.scope())) {
            var fact = new LinkedHashMap<String, Object>();
            fact.put("fact", "LISTED_OVERDUE");
            fact.put("hazardId", f.hazardId());
            fact.put("title", f.title());
            fact.put("enterprise", f.enterpriseName());
            fact.put("deadline", f.deadline());
            fact.put("readable", f.readable());
            overdue.computeIfAbsent(f.regionCode(), k -> new ArrayList<>()).add(fact);
        }
        overdue.forEach((code, facts) -> met.add(new TriggerRules.Met(
                SummonsTrigger.LISTED_HAZARD_OVERDUE.name(), code, List.copyOf(facts), "LISTED_OVERDUE")));
        return met.stream()
                .map(m -> new Candidate(
                        m.trigger(),
                        m.regionCode(),
                        regions.find(m.regionCode()).map(r -> r.name()).orElse(m.regionCode()),
                        "GOVERNMENT:" + m.regionCode(),
                        m.facts(),
                        m.rule()))
                .toList();
    }
}
