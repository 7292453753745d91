package org.safeledger.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring self-inspection schedules: a checklist an enterprise runs every period (weekly, monthly, ...), each
 * period done or missed by the runs completed in it (counted from the day the schedule starts).
 */
@Service
public class Schedules {

    private final Checklists checklists;
    private final ScheduleStore store;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    Schedules(
            Checklists checklists,
            ScheduleStore store,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.checklists = checklists;
        this.store = store;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Schedule schedule(Actor actor, ScheduleDraft draft) {
        actor.require(Permission.CHECKLIST_MANAGE);
        drafts.check(draft);
        var enterprise = checklists.enterprise(actor, draft.enterpriseId());
        var template = checklists.usable(actor, draft.templateId(), enterprise);
        var frequency =
                InputValues.code(Frequency.class, "frequency", draft.frequency().strip());
        var startsOn = draft.startsOn() == null || draft.startsOn().isBlank()
                ? today()
                : InputValues.date("startsOn", draft.startsOn());
        if (startsOn.isBefore(today().minusYears(1))) {
            throw new InvalidInputException("startsOn", "error.inspection.startsLongAgo");
        }
        if (store.scheduleExists(enterprise.id(), template.id(), frequency)) {
            throw new ConflictException("frequency", "error.inspection.scheduleExists");
        }
        long id = store.insertSchedule(
                enterprise.id(), template.id(), frequency, startsOn, clock.instant(), actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "inspection.schedule",
                "inspection-schedule:" + id,
                Map.of("checklist", template.id(), "enterpriseId", enterprise.id(), "frequency", frequency)));
        return schedules(actor, null, id).get(0);
    }

    /** The schedules in scope (of one enterprise when given), each with its periods and missed count. */
    public List<Schedule> schedules(Actor actor, @Nullable Long enterpriseId) {
        return schedules(actor, enterpriseId, null);
    }

    private List<Schedule> schedules(Actor actor, @Nullable Long enterpriseId, @Nullable Long id) {
        actor.require(Permission.INSPECTION_READ);
        var today = today();
        var zone = properties.zone();
        var result = new ArrayList<Schedule>();
        for (var s : store.schedules(actor.scope(), enterpriseId, id)) {
            var current = s.frequency().periodStart(today);
            var first = s.frequency().periodStart(s.startsOn());
            var starts = new ArrayList<LocalDate>();
            for (var p = first; !p.isAfter(current); p = s.frequency().next(p)) {
                starts.add(p);
            }
            // a run counts from the day the schedule starts (the first period may have begun before it)
            var done = new HashSet<LocalDate>();
            store.completions(
                            s.enterpriseId(),
                            s.templateId(),
                            s.startsOn().atStartOfDay(zone).toInstant())
                    .forEach(at ->
                            done.add(s.frequency().periodStart(at.atZone(zone).toLocalDate())));
            long missed = starts.stream()
                    .filter(p -> p.isBefore(current) && !done.contains(p))
                    .count();
            var periods = starts.subList(Math.max(0, starts.size() - Schedule.WINDOW), starts.size()).stream()
                    .map(p -> new Schedule.Period(p, done.contains(p)))
                    .toList();
            result.add(new Schedule(
                    s.id(),
                    s.enterpriseId(),
                    s.enterpriseName(),
                    s.templateId(),
                    s.templateName(),
                    s.frequency(),
                    s.startsOn(),
                    s.active(),
                    periods,
                    missed,
                    done.contains(current)));
        }
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
