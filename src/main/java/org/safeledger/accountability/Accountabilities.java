package org.safeledger.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentFacts;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountability (问责) decisions of a region: recorded by its safety committee office or one above it, each with its
 * ground from the configured list ({@code safeledger.accountability.grounds}, by default the nine situations of
 * Hubei's 2019 rule) and the record it came from; and the decisions accident investigations took on persons, read
 * from the accident's record. Read by whoever may read the region's matrix.
 */
@Service
public class Accountabilities {

    private final AccountabilityStore store;
    private final AccidentFacts accidents;
    private final SummonsStore summons;
    private final SummonsRegister register;
    private final ResponsibilityMatrix matrix;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final List<String> grounds;

    Accountabilities(
            AccountabilityStore store,
            AccidentFacts accidents,
            SummonsStore summons,
            SummonsRegister register,
            ResponsibilityMatrix matrix,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock,
            @Value("${safeledger.accountability.grounds:DUTY_NOT_PERFORMED,MAJOR_PROBLEM_UNDECIDED,"
                            + "SHIELDING_ILLEGAL_PRODUCTION,MEDDLING_IN_PROJECTS,LISTED_HAZARD_OR_RESCUE_FAILURE,"
                            + "OBSTRUCTING_ENFORCEMENT,ACCIDENT_REPORTING,ACCIDENT_LEADERSHIP,OTHER}")
                    List<String> grounds) {
        this.store = store;
        this.accidents = accidents;
        this.summons = summons;
        this.register = register;
        this.matrix = matrix;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.grounds = List.copyOf(grounds);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** The grounds in force, as codes ({@code ground.<code>} names them). */
    public List<String> grounds() {
        return grounds;
    }

    /** The region's decisions (its subtree's), recorded and from investigations, latest first. */
    public List<AccountabilityEntry> of(Actor actor, String regionCode) {
        var region = readable(actor, regionCode);
        var all = new ArrayList<>(store.of(region.subtreePrefix()));
        var zone = properties.zone();
        for (var d : accidents.personsDecided(region)) {
            all.add(new AccountabilityEntry(
                    null,
                    d.regionCode(),
                    d.responsible(),
                    d.text(),
                    null,
                    d.decided().stream().map(h -> "handling." + h).toList(),
                    null,
                    d.note(),
                    AccountabilityEntry.Source.ACCIDENT.name(),
                    d.accidentId(),
                    d.occurredAt().atZone(zone).toLocalDate() + " " + d.accidentPlace(),
                    true,
                    false));
        }
        // which sources the reader may open: the accidents its scope reads, the summons it stands in (one read each)
        var readableAccidents = accidents.readable(actor, sourceIds(all, AccountabilityEntry.Source.ACCIDENT));
        var readableSummons = summons.find(sourceIds(all, AccountabilityEntry.Source.SUMMONS)).stream()
                .filter(s -> register.mayRead(actor, s))
                .map(Summons::id)
                .collect(java.util.stream.Collectors.toSet());
        all.replaceAll(e -> e.readBy(e.sourceId() != null
                && switch (e.sourceKind()) {
                    case "ACCIDENT" -> readableAccidents.contains(e.sourceId());
                    case "SUMMONS" -> readableSummons.contains(e.sourceId());
                    default -> false;
                }));
        all.sort(Comparator.comparing((AccountabilityEntry e) -> e.decidedOn() == null ? LocalDate.MIN : e.decidedOn())
                .reversed());
        return all;
    }

    private static List<Long> sourceIds(List<AccountabilityEntry> entries, AccountabilityEntry.Source kind) {
        return entries.stream()
                .filter(e -> e.sourceKind().equals(kind.name()) && e.sourceId() != null)
                .map(AccountabilityEntry::sourceId)
                .distinct()
                .toList();
    }

    /** A record a decision may come from: an accident or a summons of the region's subtree. */
    public record SourceChoice(String kind, long id, String label) {}

    /** The accidents (the last ten years) and summons of the region's subtree, for the record's form. */
    public List<SourceChoice> sources(Actor actor, String regionCode) {
        var region = readable(actor, regionCode);
        var zone = properties.zone();
        var now = clock.instant();
        var from = LocalDate.now(clock.withZone(zone))
                .minusYears(10)
                .atStartOfDay(zone)
                .toInstant();
        var choices = new ArrayList<SourceChoice>();
        for (var a : accidents.within(region, from, now, now, actor)) {
            choices.add(new SourceChoice(
                    AccountabilityEntry.Source.ACCIDENT.name(),
                    a.id(),
                    a.occurredAt().atZone(zone).toLocalDate() + " " + a.enterpriseName() + " " + a.place()));
        }
        for (var s : summons.list(region.subtreePrefix(), List.of(), 100)) {
            if (region.contains(s.subject().region())) {
                choices.add(new SourceChoice(
                        AccountabilityEntry.Source.SUMMONS.name(),
                        s.id(),
                        s.heldOn() + " " + s.subject().name()));
            }
        }
        return choices;
    }

    /** May the actor record decisions about the region (its office, or an office above it)? */
    public boolean mayRecord(Actor actor, RegionCode region) {
        return region.lineage().stream().anyMatch(r -> matrix.maintainable(actor, r));
    }

    @Transactional
    public AccountabilityEntry record(Actor actor, AccountabilityInputs input) {
        drafts.check(input);
        var code = input.regionCode() == null || input.regionCode().isBlank()
                ? actor.scope().region().value()
                : input.regionCode().strip();
        var region = readable(actor, code);
        if (!mayRecord(actor, region)) {
            throw new ForbiddenException("error.accountability.notOffice", region.value());
        }
        var ground = input.ground().strip();
        if (!grounds.contains(ground)) {
            throw new InvalidInputException("ground", "error.accountability.ground", ground);
        }
        var forms = input.forms().stream()
                .map(f -> InputValues.code(AccountabilityForm.class, "forms", f == null ? "" : f.strip()))
                .distinct()
                .map(AccountabilityForm::messageKey)
                .toList();
        var today = LocalDate.now(clock.withZone(properties.zone()));
        var day = InputValues.date("decidedOn", input.decidedOn());
        if (day == null || day.isAfter(today) || day.isBefore(today.minusYears(5))) {
            throw new InvalidInputException("decidedOn", "error.accountability.dayOutOfRange");
        }
        var who = who(actor, region, input, day);
        var source = InputValues.code(
                AccountabilityEntry.Source.class,
                "sourceKind",
                input.sourceKind().strip());
        var label = source(actor, region, source, input, today);
        var entry = new AccountabilityEntry(
                null,
                region.value(),
                who[0],
                who[1],
                ground,
                forms,
                day,
                input.note() == null ? "" : input.note().strip(),
                source.name(),
                source == AccountabilityEntry.Source.ACCIDENT || source == AccountabilityEntry.Source.SUMMONS
                        ? input.sourceId()
                        : null,
                label,
                false,
                false);
        long id = store.insert(entry, input.postId(), actor.userId(), actor.displayName(), clock.instant());
        events.publishEvent(Audited.by(
                actor,
                "accountability.record",
                "accountability:" + id,
                Map.of("person", who[0], "ground", ground, "source", source.name() + " " + label)));
        return store.of(region.subtreePrefix()).stream()
                .filter(e -> Long.valueOf(id).equals(e.id()))
                .findFirst()
                .orElseThrow();
    }

    /** The person and post: the matrix post's holder on the day, or as named. */
    private String[] who(Actor actor, RegionCode region, AccountabilityInputs input, LocalDate day) {
        if (input.postId() != null) {
            var post = matrix.post(actor, input.postId());
            if (!post.regionCode().equals(region.value())) {
                throw new InvalidInputException("postId", "error.matrix.postNotFound", input.postId());
            }
            var holder = post.history().stream()
                    .filter(h -> h.heldOn(day))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("postId", "error.accountability.noHolder", day));
            return new String[] {holder.personName(), post.title()};
        }
        if (input.personName() == null || input.personName().isBlank()) {
            throw new InvalidInputException("personName", "error.field.required");
        }
        if (input.post() == null || input.post().isBlank()) {
            throw new InvalidInputException("post", "error.field.required");
        }
        return new String[] {input.personName().strip(), input.post().strip()};
    }

    /** The source's label: an accident or summons of the region's subtree by id, a signal or other by its text. */
    private String source(
            Actor actor,
            RegionCode region,
            AccountabilityEntry.Source kind,
            AccountabilityInputs input,
            LocalDate today) {
        var zone = properties.zone();
        switch (kind) {
            case ACCIDENT -> {
                var from = today.minusYears(10).atStartOfDay(zone).toInstant();
                var now = clock.instant();
                return accidents.within(region, from, now, now, actor).stream()
                        .filter(a -> input.sourceId() != null && a.id() == input.sourceId())
                        .map(a ->
                                a.occurredAt().atZone(zone).toLocalDate() + " " + a.enterpriseName() + " " + a.place())
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("sourceId", "error.accountability.source"));
            }
            case SUMMONS -> {
                return summons.find(input.sourceId() == null ? 0 : input.sourceId())
                        .filter(s -> region.contains(s.subject().region()))
                        .map(s -> s.heldOn() + " " + s.subject().name())
                        .orElseThrow(() -> new InvalidInputException("sourceId", "error.accountability.source"));
            }
            default -> {
                var label =
                        input.sourceLabel() == null ? "" : input.sourceLabel().strip();
                if (kind == AccountabilityEntry.Source.SIGNAL && label.isEmpty()) {
                    throw new InvalidInputException("sourceLabel", "error.field.required");
                }
                return label;
            }
        }
    }

    private RegionCode readable(Actor actor, @Nullable String regionCode) {
        var region = new RegionCode(regions.require("regionCode", regionCode).code());
        var refused = BoardAccess.readRefusal(actor, region);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return region;
    }
}
