package org.safeledger.accountability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentFacts;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.rectification.ItemFacts;
import org.safeledger.responsibility.IdlingSignal;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yearly assessment (考核) of a region's government and party committee, or of one of its departments, by the
 * configured scheme, from the record as it stood at the year's end (or today, for the year running): the duties its
 * posts missed, the idling signals on its departments, the deadlines it missed, the summons it was called to, the
 * accidents of its territory (of its sectors, for a department). Read by whoever may read the region's matrix.
 */
@Service
public class Assessments {

    private final IdlingSignals signals;
    private final ItemFacts items;
    private final SummonsStore summons;
    private final SummonsRegister register;
    private final AccidentFacts accidents;
    private final DepartmentDirectory departments;
    private final org.safeledger.inspection.Plans plans;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final AssessmentScheme scheme;

    Assessments(
            IdlingSignals signals,
            ItemFacts items,
            SummonsStore summons,
            SummonsRegister register,
            AccidentFacts accidents,
            DepartmentDirectory departments,
            org.safeledger.inspection.Plans plans,
            SafeLedgerProperties properties,
            Clock clock,
            ResourceLoader resources,
            @Value("${safeledger.accountability.assessment-scheme:classpath:assessment/default-scheme.json}")
                    String location) {
        this.signals = signals;
        this.items = items;
        this.summons = summons;
        this.register = register;
        this.accidents = accidents;
        this.departments = departments;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
        try (var in = resources.getResource(location).getInputStream()) {
            this.scheme = JsonMapper.builder().build().readValue(in, AssessmentScheme.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the assessment scheme " + location + " cannot be read", e);
        }
    }

    public AssessmentScheme scheme() {
        return scheme;
    }

    /**
     * The year's scorecard as of its last day (today, for the year running), or as of {@code asOf} when given: a day
     * of that year, no later than today.
     */
    public Scorecard of(Actor actor, int year, String regionCode, @Nullable Long departmentId, @Nullable String asOf) {
        var today = LocalDate.now(clock.withZone(properties.zone()));
        if (year < 2000 || year > today.getYear()) {
            throw new InvalidInputException("year", "error.assessment.year", today.getYear());
        }
        var day = InputValues.date("asOf", asOf);
        if (day == null) {
            day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        } else if (day.getYear() != year) {
            throw new InvalidInputException("asOf", "error.assessment.asOfYear", year);
        }
        return score(actor, signals.of(actor, regionCode, day.toString()), departmentId);
    }

    public Scorecard of(Actor actor, int year, String regionCode, @Nullable Long departmentId) {
        return of(actor, year, regionCode, departmentId, null);
    }

    /**
     * The scorecard of the year of the signals' day, as of that day, from the signals already read (the board reads
     * them once for its signals and its score).
     */
    public Scorecard score(Actor actor, IdlingSignals.Signals found, @Nullable Long departmentId) {
        var today = LocalDate.now(clock.withZone(properties.zone()));
        var asOf = found.asOf();
        int year = asOf.getYear();
        var first = LocalDate.of(year, 1, 1);
        var region = found.regionCode();
        var department = departmentId == null ? null : department(departmentId, region);
        var facts = new HashMap<String, List<Map<String, Object>>>();
        for (var s : found.items()) {
            if (s.since().getYear() != year) {
                continue;
            }
            if (s.kind().equals("DUTY_NOT_PERFORMED")) {
                if (department == null) {
                    add(facts, "DUTY_NOT_PERFORMED", signal(s));
                }
            } else if ("DEPARTMENT".equals(s.subject().kind())
                    && (department == null
                            ? region.equals(s.subject().regionCode())
                            : Long.valueOf(department.id()).equals(s.subject().id()))) {
                add(facts, "IDLING_SIGNAL", signal(s));
            }
        }
        var zone = properties.zone();
        // the last day that is over: yesterday for the year running (an item due today may still be on time)
        var over = asOf.equals(today) ? today.minusDays(1) : asOf;
        for (var i : items.missedDeadlines(actor, departmentId, region, first, over, zone)) {
            var item = fact("ITEM", i.id(), i.title(), "deadline", i.deadline());
            item.put("readable", i.readable());
            add(facts, "ITEM_DEADLINE_MISSED", item);
        }
        var knownBy = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        for (var s : summons.ofSubject(departmentId, region, first, asOf, knownBy)) {
            var held = fact("SUMMONS", s.id(), s.reason(), "heldOn", s.heldOn());
            held.put("readable", register.mayRead(actor, s));
            add(facts, "SUMMONS", held);
        }
        int expected = asOf.getYear() == year && asOf.isBefore(LocalDate.of(year, 12, 31))
                ? asOf.getDayOfYear() * 100 / asOf.lengthOfYear()
                : 100;
        var assessed = department == null ? departments.ofRegion(new RegionCode(region)) : List.of(department);
        for (var d : assessed) {
            plans.ofDepartment(d.id(), year).ifPresent(plan -> {
                int steps = Scorecard.planShortfall(plan.visitsDone(), plan.targetVisits(), expected);
                if (steps > 0) {
                    var fact = fact("PLAN", plan.id(), d.name() + " " + plan.title(), "done", plan.visitsDone());
                    fact.put("target", plan.targetVisits());
                    fact.put("expectedPercent", expected);
                    fact.put("units", steps);
                    fact.put("readable", false);
                    add(facts, "PLAN_COVERAGE", fact);
                }
            });
        }
        var veto = new ArrayList<Map<String, Object>>();
        var to = first.plusYears(1).atStartOfDay(zone).toInstant();
        for (var a : accidents.within(
                new RegionCode(region), first.atStartOfDay(zone).toInstant(), to, knownBy, actor)) {
            if (department != null
                    && department.sectors().stream().noneMatch(x -> x.name().equals(a.sector()))) {
                continue;
            }
            var fact = fact(
                    "ACCIDENT",
                    a.id(),
                    a.enterpriseName() + " " + a.place(),
                    "level",
                    a.level().name());
            fact.put("occurredOn", a.occurredAt().atZone(zone).toLocalDate());
            fact.put("deaths", a.deaths());
            fact.put("readable", a.readable());
            if (scheme.vetoLevels().contains(a.level().name())) {
                veto.add(fact);
            } else {
                add(facts, "ACCIDENT_" + a.level().name(), fact);
            }
        }
        var subject = department == null ? found.regionName() : department.name();
        return Scorecard.score(scheme, year, region, subject, facts, veto);
    }

    private Department department(long id, String region) {
        var department = departments.byId(id).orElseThrow(() -> new NotFoundException("error.department.notFound", id));
        if (!department.regionCode().equals(region)) {
            throw new InvalidInputException("departmentId", "error.assessment.departmentOfRegion");
        }
        return department;
    }

    private static Map<String, Object> signal(IdlingSignal s) {
        var fact = new LinkedHashMap<String, Object>();
        fact.put("fact", "SIGNAL");
        fact.put("kind", s.kind());
        fact.put("subject", s.subject().name());
        fact.put("since", s.since());
        fact.put("facts", s.facts());
        return fact;
    }

    private static Map<String, Object> fact(String kind, long id, String title, String key, Object value) {
        var fact = new LinkedHashMap<String, Object>();
        fact.put("fact", kind);
        fact.put("id", id);
        fact.put("title", title);
        fact.put(key, value);
        return fact;
    }

    private static void add(Map<String, List<Map<String, Object>>> facts, String indicator, Map<String, Object> f) {
        facts.computeIfAbsent(indicator, k -> new ArrayList<>()).add(f);
    }
}
