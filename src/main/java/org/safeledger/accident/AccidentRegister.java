package org.safeledger.accident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accidents: filed with the contents of art. 12 and graded by art. 3; follow-up reports re-grade them within the
 * change window (the history kept); the reporting chain of arts. 9–11 recorded step by step by the departments.
 * Everyone reads the accidents of their scope (an enterprise its own); enterprises and regulators file and follow
 * up; the departments of each step's region record sending and receiving.
 */
@Service
public class AccidentRegister {

    /** A report a little ahead of the server's clock (a phone's clock) is still "now". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Accidents accidents;
    private final EnterpriseRegister enterprises;
    private final ChainPolicy chain;
    private final DraftCheck drafts;
    private final AccidentProperties rules;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccidentRegister(
            Accidents accidents,
            EnterpriseRegister enterprises,
            ChainPolicy chain,
            DraftCheck drafts,
            AccidentProperties rules,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accidents = accidents;
        this.enterprises = enterprises;
        this.chain = chain;
        this.drafts = drafts;
        this.rules = rules;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files an accident: graded, its first figures on record, the county step of the chain sent by the filer (the
     * unit's report to the county departments, who are told).
     */
    @Transactional
    public Accident report(Actor actor, AccidentDraft draft) {
        actor.require(Permission.ACCIDENT_REPORT);
        drafts.check(draft);
        var enterprise = enterprises
                .find(actor, draft.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
        var type = InputValues.code(AccidentType.class, "type", draft.type().strip());
        Sector sector;
        if (draft.sector() == null || draft.sector().isBlank()) {
            if (enterprise.sectors().size() != 1) {
                throw new InvalidInputException("sector", "error.accident.sectorRequired");
            }
            sector = enterprise.sectors().iterator().next();
        } else {
            sector = Sector.fromCode(draft.sector().strip())
                    .filter(enterprise.sectors()::contains)
                    .orElseThrow(() -> new InvalidInputException("sector", "error.accident.sectorOfEnterprise"));
        }
        var now = clock.instant();
        var occurred = draft.occurredAt().toInstant();
        if (occurred.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("occurredAt", "error.accident.occurredFuture");
        }
        var figures = new Figures(
                draft.deaths(),
                draft.missing(),
                draft.seriousInjuries(),
                draft.minorInjuries(),
                draft.directLossYuan());
        var level = AccidentGrading.confirmed(figures);
        var provisional = AccidentGrading.provisional(figures);
        long id = accidents.insert(
                enterprise.id(),
                enterprise.regionCode(),
                sector.name(),
                draft,
                type,
                figures,
                level,
                provisional,
                now,
                actor.userId());
        accidents.insertFigures(id, figures, level, provisional, false, "", now, actor.userId(), actor.displayName());
        accidents.sent(id, ReportStep.COUNTY, now, actor.displayName());
        var accident = get(actor, id);
        events.publishEvent(sentEvent(accident, ReportStep.COUNTY, false, now));
        events.publishEvent(Audited.by(
                actor,
                "accident.report",
                "accident:" + id,
                Map.of(
                        "enterpriseId", enterprise.id(),
                        "type", type,
                        "figures", figures,
                        "level", level,
                        "provisionalLevel", provisional)));
        return accident;
    }

    /**
     * A follow-up report of the figures. Within the change window the levels are recomputed; after it the figures
     * are recorded and the levels stay (the history says so). A rise of the driving level is news up the chain.
     */
    @Transactional
    public Accident update(Actor actor, long id, AccidentUpdate update) {
        actor.require(Permission.ACCIDENT_REPORT);
        accidents.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.accident.notFound", id));
        drafts.check(update);
        // one follow-up at a time: the figures compared and the alert decided are those after the lock
        int version = accidents.lockVersion(id).orElseThrow();
        var before = get(actor, id);
        if (update.version() != null && update.version() != version) {
            throw new ConflictException("version", "error.version.stale");
        }
        var figures = update.figures();
        var now = clock.instant();
        boolean inWindow = !today(now).isAfter(before.changeWindowEndsOn());
        var level = inWindow ? AccidentGrading.confirmed(figures) : before.level();
        var provisional = inWindow ? AccidentGrading.provisional(figures) : before.provisionalLevel();
        // fewer dead, or a lower level, than reported is a correction the regulators make, with a note (瞒报 otherwise)
        if (figures.deaths() < before.deaths()
                || level.ordinal() < before.level().ordinal()
                || provisional.ordinal() < before.provisionalLevel().ordinal()) {
            if (!actor.can(Permission.ACCIDENT_MANAGE)) {
                throw new ForbiddenException("error.accident.fewerDeaths");
            }
            if (update.note() == null || update.note().isBlank()) {
                throw new InvalidInputException("note", "error.accident.fewerDeathsNote");
            }
        }
        var note = update.note() == null ? "" : update.note().strip();
        accidents.updateFigures(id, figures, level, provisional, now);
        accidents.insertFigures(
                id, figures, level, provisional, !inWindow, note, now, actor.userId(), actor.displayName());
        var after = get(actor, id);
        if (after.drivingLevel().ordinal() > before.drivingLevel().ordinal()) {
            // the graver report goes on from the highest step that holds the report (art. 10 para. 2)
            var holder = after.reportingChain().stream()
                    .filter(c -> c.sentAt() != null)
                    .map(ChainStep::step)
                    .reduce((a, b) -> b)
                    .orElse(ReportStep.COUNTY);
            if (holder == ReportStep.STATE_COUNCIL) {
                holder = ReportStep.PROVINCE; // no national departments here: the province passes it on
            }
            events.publishEvent(sentEvent(after, holder, true, now));
        }
        events.publishEvent(Audited.by(
                actor,
                "accident.update",
                "accident:" + id,
                Map.of("figures", figures, "level", level, "provisionalLevel", provisional, "levelKept", !inWindow)));
        return after;
    }

    public Accident get(Actor actor, long id) {
        actor.require(Permission.ACCIDENT_READ);
        var row = accidents
                .find(id, actor.scope())
                .orElseThrow(() -> new NotFoundException("error.accident.notFound", id));
        return assemble(row, accidents.history(id), accidents.chain(id));
    }

    /** The accidents of the scope (or of one enterprise in it), latest first; history and chain included. */
    public PageResult<Accident> list(Actor actor, AccidentFilter filter, PageRequest page) {
        actor.require(Permission.ACCIDENT_READ);
        var scope = actor.scope().narrowedTo(filter.region());
        var items = assembleAll(accidents.list(scope, filter, properties.zone(), page));
        return new PageResult<>(items, accidents.count(scope, filter, properties.zone()));
    }

    /** The home page's accident card: accidents of the last 60 days in scope, and those whose chain is late. */
    public record Attention(long recent, long chainsLate) {}

    public Attention attention(Actor actor) {
        actor.require(Permission.ACCIDENT_READ);
        var recent = assembleAll(accidents.since(actor.scope(), clock.instant().minus(Duration.ofDays(60))));
        return new Attention(
                recent.size(), recent.stream().filter(Accident::chainAlarming).count());
    }

    /**
     * A department reports the accident up to a step: the sender is a regulator of the region of a step below it
     * (administrators aside) — the one just below, or a lower one skipping levels (越级上报, art. 10 para. 3: allowed
     * when necessary, and shown on the skipped step).
     */
    @Transactional
    public Accident sent(Actor actor, long id, String stepCode) {
        var step = step(stepCode);
        ChainStep.requireSendable(step);
        chain.requireSender(actor, get(actor, id), step);
        accidents.lockVersion(id); // a second recording of the step waits here, then finds the first
        get(actor, id).step(step).ifPresent(s -> s.require(ChainStep.Action.SEND));
        var now = clock.instant();
        accidents.sent(id, step, now, actor.displayName());
        var after = get(actor, id);
        events.publishEvent(sentEvent(after, step, false, now));
        events.publishEvent(Audited.by(actor, "accident.chain.sent", "accident:" + id, Map.of("step", step)));
        return after;
    }

    /** A department of the step's region records receiving the report, and which parties of art. 10 it told. */
    @Transactional
    public Accident received(Actor actor, long id, String stepCode, @Nullable List<String> parties) {
        var step = step(stepCode);
        var accident = get(actor, id);
        chain.requireReceiver(actor, accident, step);
        Set<NotifiedParty> told = EnumSet.noneOf(NotifiedParty.class);
        for (var party : parties == null ? List.<String>of() : parties) {
            told.add(InputValues.code(NotifiedParty.class, "parties", party == null ? "" : party.strip()));
        }
        accidents.lockVersion(id);
        get(actor, id)
                .step(step)
                .orElseThrow(() -> new ConflictException("step", "error.accident.stepNotReceivable", stepCode))
                .require(ChainStep.Action.RECEIVE);
        accidents.received(id, step, clock.instant(), actor.displayName(), told);
        events.publishEvent(
                Audited.by(actor, "accident.chain.received", "accident:" + id, Map.of("step", step, "parties", told)));
        return get(actor, id);
    }

    /**
     * Records an entry of the rescue and aftermath log: what happened (not before the accident, not in the future)
     * and when. Those at the scene write it; whoever reads the accident reads it.
     */
    @Transactional
    public List<LogEntry> log(Actor actor, long id, LogEntry.Draft draft) {
        actor.require(Permission.ACCIDENT_LOG);
        var accident = get(actor, id);
        drafts.check(draft);
        var kind = InputValues.code(LogEntry.Kind.class, "kind", draft.kind().strip());
        var now = clock.instant();
        var at = draft.at() == null ? now : draft.at().toInstant();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("at", "error.accident.occurredFuture");
        }
        if (at.isBefore(accident.occurredAt())) {
            throw new InvalidInputException("at", "error.accident.beforeAccident");
        }
        accidents.insertLog(id, at, kind, draft.text().strip(), actor.userId(), actor.displayName(), now);
        events.publishEvent(Audited.by(
                actor,
                "accident.log",
                "accident:" + id,
                Map.of("kind", kind, "text", draft.text().strip())));
        return accidents.log(id);
    }

    public List<LogEntry> log(Actor actor, long id) {
        get(actor, id);
        return accidents.log(id);
    }

    /** Whether the reader may record steps of chains (pages show the forms to regulators only). */
    public static boolean mayRecordChain(Actor actor) {
        return actor.can(Permission.ACCIDENT_MANAGE);
    }

    /** The step its code names (400 when it names none). */
    private static ReportStep step(String code) {
        return InputValues.code(ReportStep.class, "step", code == null ? "" : code.strip());
    }

    /** Several accidents with their histories and chains, read in two queries for all of them. */
    private List<Accident> assembleAll(List<Accidents.Row> rows) {
        var ids = rows.stream().map(Accidents.Row::id).toList();
        var histories = accidents.histories(ids);
        var chains = accidents.chains(ids);
        return rows.stream()
                .map(r -> assemble(
                        r,
                        histories.getOrDefault(r.id(), List.of()),
                        chains.getOrDefault(r.id(), new java.util.EnumMap<>(ReportStep.class))))
                .toList();
    }

    private Accident assemble(
            Accidents.Row r, List<Accident.LevelChange> history, Map<ReportStep, ReportingChain.Recorded> chain) {
        var driving = driving(r.level(), r.provisionalLevel());
        var reached = new EnumMap<AccidentLevel, Instant>(AccidentLevel.class);
        for (var change : history) {
            var level = driving(change.level(), change.provisionalLevel());
            for (var l : AccidentLevel.values()) {
                if (l.ordinal() <= level.ordinal()) {
                    reached.putIfAbsent(l, change.at());
                }
            }
        }
        var steps = ReportingChain.steps(
                new RegionCode(r.regionCode()),
                r.occurredAt(),
                driving,
                reached,
                chain,
                clock.instant(),
                rules.unitReportWithin(),
                rules.perLevelWithin());
        var f = r.figures();
        return new Accident(
                r.id(),
                r.enterpriseId(),
                r.enterpriseName(),
                r.regionCode(),
                r.sector(),
                r.occurredAt(),
                r.place(),
                r.type(),
                r.scene(),
                r.summary(),
                r.measures(),
                r.otherInfo(),
                f.deaths(),
                f.missing(),
                f.seriousInjuries(),
                f.minorInjuries(),
                f.directLossYuan(),
                r.level(),
                r.provisionalLevel(),
                driving,
                rules.levelBasis(),
                windowEndsOn(r),
                r.reportedAt(),
                r.reportedBy(),
                r.version(),
                history,
                steps);
    }

    private AccidentLevel driving(AccidentLevel confirmed, AccidentLevel provisional) {
        return rules.levelBasis() == AccidentProperties.LevelBasis.PROVISIONAL ? provisional : confirmed;
    }

    /**
     * The last day on which casualty changes re-grade: 30 days (7 for road-traffic and fire accidents) counted from
     * the day after the accident (开始的当日不计入, Civil Code art. 201).
     */
    private LocalDate windowEndsOn(Accidents.Row r) {
        boolean shortWindow = r.type() == AccidentType.FIRE
                || r.sector().equals(Sector.ROAD_TRAFFIC.name())
                || r.sector().equals(Sector.FIRE_SAFETY.name());
        var window = shortWindow ? rules.shortChangeWindow() : rules.changeWindow();
        return r.occurredAt().atZone(properties.zone()).toLocalDate().plus(window);
    }

    private LocalDate today(Instant now) {
        return now.atZone(properties.zone()).toLocalDate();
    }

    private static AccidentReportSent sentEvent(Accident a, ReportStep step, boolean regraded, Instant at) {
        return new AccidentReportSent(
                a.id(),
                a.enterpriseName(),
                a.place(),
                a.deaths(),
                a.missing(),
                a.drivingLevel(),
                step,
                step.region(new RegionCode(a.regionCode())).value(),
                Sector.valueOf(a.sector()),
                regraded,
                at);
    }
}
