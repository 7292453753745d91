package org.safeledger.accident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accident investigations: opened by a department supervising the sector where the accident happened (organising
 * it for the government responsible, or following the State Council's or the province's group), with the deadline
 * of art. 29, the findings, and the recommendations and responsibility decisions — each one a hazard of source
 * {@code ACCIDENT_INVESTIGATION}, assigned to the responsible and listed under the department (挂牌督办), so that
 * the hazard loop tracks it to closure: evidence, verification by that department only, overdue escalation.
 */
@Service
public class AccidentInvestigations {

    private final Investigations investigations;
    private final AccidentRegister accidents;
    private final ItemTracking tracking;
    private final DepartmentDirectory departments;
    private final DraftCheck drafts;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccidentInvestigations(
            Investigations investigations,
            AccidentRegister accidents,
            ItemTracking tracking,
            DepartmentDirectory departments,
            DraftCheck drafts,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.investigations = investigations;
        this.accidents = accidents;
        this.tracking = tracking;
        this.departments = departments;
        this.drafts = drafts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Investigation open(Actor actor, long accidentId, InvestigationInput.Open open) {
        actor.require(Permission.ACCIDENT_MANAGE);
        var accident = accidents.get(actor, accidentId);
        drafts.check(open);
        if (actor.departmentId() == null) {
            throw new InvalidInputException("departmentId", "error.inspection.noDepartment");
        }
        var department = departments
                .find(actor, actor.departmentId())
                .orElseThrow(() -> new InvalidInputException("departmentId", "error.inspection.noDepartment"));
        if (!department.sectors().contains(Sector.valueOf(accident.sector()))
                || !new RegionCode(department.regionCode()).contains(new RegionCode(accident.regionCode()))) {
            throw new ForbiddenException("error.accident.notSupervising", department.name());
        }
        var body = InvestigatingBody.of(accident.level());
        if (!body.mayBeOrganisedAt(department.regionCode())) {
            throw new ForbiddenException("error.accident.investigationLevel", department.name());
        }
        var team = open.team() == null
                ? List.<String>of()
                : open.team().stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .toList();
        investigations.lock(accidentId);
        var existing = investigations.find(accidentId).orElse(null);
        if (existing != null) {
            // art. 20: after the level rose, the government now responsible may investigate itself
            var holder = departments.find(actor, existing.departmentId()).orElse(null);
            if (holder == null || !body.mayTakeOver(holder.regionCode(), department.regionCode())) {
                throw new ConflictException("accidentId", "error.accident.investigationOpen");
            }
            investigations.takeOver(
                    accidentId, department.id(), open.leadingUnit().strip(), team);
        } else if (!investigations.open(
                accidentId, department.id(), open.leadingUnit().strip(), team, clock.instant(), actor.userId())) {
            throw new ConflictException("accidentId", "error.accident.investigationOpen");
        }
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.open",
                "accident:" + accidentId,
                Map.of("leadingUnit", open.leadingUnit().strip(), "team", team)));
        return get(actor, accidentId);
    }

    public Investigation get(Actor actor, long accidentId) {
        var accident = accidents.get(actor, accidentId);
        var row = investigations
                .find(accidentId)
                .orElseThrow(() -> new NotFoundException("error.accident.noInvestigation", accidentId));
        return assemble(actor, accident, row);
    }

    /** The accident's investigation if it has one (for the accident page). */
    public java.util.Optional<Investigation> find(Actor actor, long accidentId) {
        var accident = accidents.get(actor, accidentId);
        return investigations.find(accidentId).map(row -> assemble(actor, accident, row));
    }

    @Transactional
    public Investigation extend(Actor actor, long accidentId, InvestigationInput.Extension extension) {
        organiser(actor, accidentId);
        drafts.check(extension);
        get(actor, accidentId).requireExtendable();
        investigations.extend(
                accidentId,
                extension.days(),
                extension.approvedBy().strip(),
                extension.reason().strip());
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.extend",
                "accident:" + accidentId,
                Map.of(
                        "days",
                        extension.days(),
                        "approvedBy",
                        extension.approvedBy().strip())));
        return get(actor, accidentId);
    }

    /** A technical appraisal's days, which do not count toward the deadline (art. 29 para. 2). */
    @Transactional
    public Investigation appraisal(Actor actor, long accidentId, InvestigationInput.Appraisal appraisal) {
        var accident = organiser(actor, accidentId);
        drafts.check(appraisal);
        var from = InputValues.date("from", appraisal.from());
        var to = InputValues.date("to", appraisal.to());
        if (from.isBefore(day(accident))) {
            throw new InvalidInputException("from", "error.accident.beforeAccident");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "error.accident.appraisalEnd");
        }
        if (ChronoUnit.DAYS.between(from, to) >= 366) {
            throw new InvalidInputException("to", "error.accident.appraisalLong");
        }
        // an appraisal is recorded once done: its days are known, and a future one cannot move the deadline
        if (to.isAfter(today())) {
            throw new InvalidInputException("to", "error.accident.appraisalFuture");
        }
        investigations.insertAppraisal(
                accidentId,
                from,
                to,
                appraisal.note() == null ? "" : appraisal.note().strip());
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.appraisal",
                "accident:" + accidentId,
                Map.of("from", from.toString(), "to", to.toString())));
        return get(actor, accidentId);
    }

    @Transactional
    public Investigation findings(Actor actor, long accidentId, InvestigationInput.Findings findings) {
        var accident = organiser(actor, accidentId);
        drafts.check(findings);
        var nature = InputValues.code(
                Investigation.Nature.class, "nature", findings.nature().strip());
        var submitted = InputValues.date("reportSubmittedOn", findings.reportSubmittedOn());
        if (submitted != null && submitted.isAfter(today())) {
            throw new InvalidInputException("reportSubmittedOn", "error.accident.submittedFuture");
        }
        if (submitted != null && submitted.isBefore(day(accident))) {
            throw new InvalidInputException("reportSubmittedOn", "error.accident.beforeAccident");
        }
        investigations.findings(
                accidentId,
                findings.directCause().strip(),
                findings.indirectCauses().strip(),
                nature,
                submitted);
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.findings",
                "accident:" + accidentId,
                Map.of("nature", nature, "submittedOn", submitted == null ? "" : submitted.toString())));
        return get(actor, accidentId);
    }

    /**
     * A recommendation or a responsibility: recorded, and a hazard made of it — assigned to the responsible with
     * the deadline and listed under the investigation's department, which alone verifies it closed.
     */
    @Transactional
    public Investigation addItem(Actor actor, long accidentId, InvestigationInput.ItemDraft draft) {
        var accident = organiser(actor, accidentId);
        drafts.check(draft);
        var row = investigations.find(accidentId).orElseThrow();
        var kind = InputValues.code(
                Investigation.ItemKind.class, "kind", draft.kind().strip());
        Investigation.PartyKind partyKind = null;
        var proposed = handlings("proposed", draft.proposed());
        var decided = handlings("decided", draft.decided());
        if (kind == Investigation.ItemKind.RESPONSIBILITY) {
            if (draft.partyKind() == null || draft.partyKind().isBlank()) {
                throw new InvalidInputException("partyKind", "error.field.required");
            }
            partyKind = InputValues.code(
                    Investigation.PartyKind.class,
                    "partyKind",
                    draft.partyKind().strip());
            if (proposed.isEmpty()) {
                throw new InvalidInputException("proposed", "error.field.required");
            }
        } else if (!proposed.isEmpty() || !decided.isEmpty()) {
            throw new InvalidInputException("proposed", "error.accident.handlingOfResponsibility");
        }
        var deadline = InputValues.date("deadline", draft.deadline());
        if (!deadline.isAfter(today())) {
            throw new InvalidInputException("deadline", "error.enforcement.deadlinePast");
        }
        if (deadline.isAfter(today().plusYears(2))) {
            throw new InvalidInputException("deadline", "error.accident.deadlineFar");
        }
        var text = draft.text().strip();
        var responsible = draft.responsible().strip();
        var tracked = tracking.open(actor, accident, row, kind, draft, text, responsible, deadline);
        var hazardId = tracked.hazardId();
        var rectificationId = tracked.rectificationId();
        long itemId = investigations.insertItem(
                accidentId,
                kind,
                text,
                responsible,
                partyKind,
                proposed,
                decided,
                deadline,
                hazardId,
                rectificationId,
                clock.instant(),
                actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.item",
                "accident:" + accidentId,
                Map.of(
                        "itemId",
                        itemId,
                        "kind",
                        kind,
                        hazardId != null ? "hazardId" : "rectificationId",
                        hazardId != null ? hazardId : rectificationId,
                        "responsible",
                        responsible)));
        return get(actor, accidentId);
    }

    /** The decision on a responsibility (after the government's approval of the report). */
    @Transactional
    public Investigation decide(Actor actor, long accidentId, long itemId, InvestigationInput.Decision decision) {
        organiser(actor, accidentId);
        drafts.check(decision);
        var decided = handlings("decided", decision.decided());
        if (decided.isEmpty()) {
            throw new InvalidInputException("decided", "error.field.required");
        }
        get(actor, accidentId).responsibility(itemId);
        investigations.decide(
                itemId, decided, decision.note() == null ? "" : decision.note().strip());
        events.publishEvent(Audited.by(
                actor,
                "accident.investigation.decide",
                "accident:" + accidentId,
                Map.of("itemId", itemId, "decided", decided)));
        return get(actor, accidentId);
    }

    /**
     * Whether the reader's department may take the investigation over (art. 20): it supervises the sector there at
     * the level the accident's level now names, and the department holding it is below that level.
     */
    public boolean mayTakeOver(Actor actor, Accident accident, Investigation investigation) {
        if (!actor.can(Permission.ACCIDENT_MANAGE) || actor.departmentId() == null) {
            return false;
        }
        var department = departments.find(actor, actor.departmentId()).orElse(null);
        var holder = departments.find(actor, investigation.departmentId()).orElse(null);
        var body = InvestigatingBody.of(accident.level());
        return department != null
                && holder != null
                && department.sectors().contains(Sector.valueOf(accident.sector()))
                && new RegionCode(department.regionCode()).contains(new RegionCode(accident.regionCode()))
                && body.mayBeOrganisedAt(department.regionCode())
                && body.mayTakeOver(holder.regionCode(), department.regionCode());
    }

    /** Whether the reader organises the investigation (pages show its forms to them only). */
    public static boolean organises(Actor actor, Investigation investigation) {
        return actor.can(Permission.ACCIDENT_MANAGE)
                && (actor.has(Role.ADMINISTRATOR)
                        || Long.valueOf(investigation.departmentId()).equals(actor.departmentId()));
    }

    /** The accident, when the actor is of the department holding its investigation (administrators aside). */
    private Accident organiser(Actor actor, long accidentId) {
        actor.require(Permission.ACCIDENT_MANAGE);
        var accident = accidents.get(actor, accidentId);
        var row = investigations
                .find(accidentId)
                .orElseThrow(() -> new NotFoundException("error.accident.noInvestigation", accidentId));
        if (!actor.has(Role.ADMINISTRATOR) && !Long.valueOf(row.departmentId()).equals(actor.departmentId())) {
            throw new ForbiddenException("error.accident.notOrganiser", row.departmentName());
        }
        investigations.lock(accidentId);
        return accident;
    }

    private Investigation assemble(Actor actor, Accident accident, Investigations.Row row) {
        var appraisals = investigations.appraisals(accident.id());
        long appraisalDays = InvestigationClock.daysCovered(appraisals);
        var base = InvestigationClock.base(day(accident));
        var due = InvestigationClock.due(base, row.extensionDays(), appraisalDays);
        var today = today();
        var state = InvestigationClock.state(row.reportSubmittedOn(), due, today);
        var items = investigations.items(accident.id()).stream()
                .map(i -> tracking.item(actor, i, today))
                .toList();
        return new Investigation(
                accident.id(),
                InvestigatingBody.of(accident.level()),
                row.departmentId(),
                row.departmentName(),
                row.leadingUnit(),
                row.team(),
                row.openedAt(),
                base,
                row.extensionDays(),
                row.extensionApprovedBy(),
                row.extensionReason(),
                appraisals,
                appraisalDays,
                due,
                row.directCause(),
                row.indirectCauses(),
                row.nature(),
                row.reportSubmittedOn(),
                state,
                ChronoUnit.DAYS.between(today, due),
                row.version(),
                items);
    }

    private static Set<Investigation.Handling> handlings(String field, @Nullable List<String> codes) {
        var set = EnumSet.noneOf(Investigation.Handling.class);
        for (var code : codes == null ? List.<String>of() : codes) {
            set.add(InputValues.code(Investigation.Handling.class, field, code == null ? "" : code.strip()));
        }
        return set;
    }

    /** The day of the accident, from which the law's days are counted (the day itself not included). */
    private LocalDate day(Accident accident) {
        return accident.occurredAt().atZone(properties.zone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
