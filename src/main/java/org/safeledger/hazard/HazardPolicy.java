package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.stereotype.Component;

/**
 * What an actor may do to a hazard now: the one rule that the ledger checks before a step, the API lists as
 * {@code availableActions} and the page offers as forms — so a page never offers what the server then refuses.
 *
 * <p>A step is refused, in this order: without its permission (403); by who the actor is (403: the enterprise
 * neither extends a deadline it has missed nor one a supervising unit watches; a regulator verifies what the
 * enterprise may not close itself, and while production is stopped; a listed hazard's supervising unit alone
 * verifies it and moves its deadline; listing needs a department the actor may name); by the hazard's state
 * ({@link Hazard#refusal}, 409); by what is recorded beside it (409: both halves of the dual report made, production
 * already stopped).
 */
@Component
public class HazardPolicy {

    private final MajorHazardRecords hazards;
    private final DepartmentDirectory departments;

    HazardPolicy(MajorHazardRecords hazards, DepartmentDirectory departments) {
        this.hazards = hazards;
        this.departments = departments;
    }

    /** The steps the actor may take on the hazard today, in the loop's order. */
    public List<HazardAction> available(Actor actor, Hazard hazard, LocalDate today) {
        return Arrays.stream(HazardAction.values())
                .filter(a -> refusal(actor, hazard, a, today).isEmpty())
                .toList();
    }

    /** Throws the refusal of the step, if any. */
    void require(Actor actor, Hazard hazard, HazardAction action, LocalDate today) {
        var refused = refusal(actor, hazard, action, today);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Why the actor may not take the step now, or empty when they may. */
    public Optional<SafeLedgerException> refusal(Actor actor, Hazard hazard, HazardAction action, LocalDate today) {
        if (!actor.can(action.permission())) {
            return Optional.of(new ForbiddenException(
                    "error.forbidden.permission", action.permission().code()));
        }
        var byActor = byActor(actor, hazard, action, today);
        if (byActor.isPresent()) {
            return byActor;
        }
        var byState = hazard.refusal(action);
        if (byState.isPresent()) {
            return Optional.of(byState.get());
        }
        return byRecord(hazard, action);
    }

    /**
     * The departments the actor may name as a listing's supervising unit (挂牌督办): their own department (a leader or
     * an administrator: any in scope), supervising the hazard's sector, whose region holds the hazard's.
     */
    public List<Department> listingChoices(Actor actor, Hazard hazard) {
        if (!actor.can(HazardAction.LIST.permission())) {
            return List.of();
        }
        return departments.list(actor).stream()
                .filter(d -> listingProblem(actor, d, hazard).isEmpty())
                .toList();
    }

    /** Why the department cannot supervise the hazard when the actor lists it (a message key), or empty. */
    Optional<String> listingProblem(Actor actor, Department department, Hazard hazard) {
        if (!actor.has(Role.REGION_LEADER)
                && !actor.has(Role.ADMINISTRATOR)
                && !Long.valueOf(department.id()).equals(actor.departmentId())) {
            return Optional.of("error.hazard.listingOwnDepartment");
        }
        if (!department.sectors().contains(hazard.sector())) {
            return Optional.of("error.hazard.listingSector");
        }
        if (!new RegionCode(department.regionCode()).contains(new RegionCode(hazard.regionCode()))) {
            return Optional.of("error.hazard.listingOutsideRegion");
        }
        return Optional.empty();
    }

    /**
     * The sources the actor may give a hazard they report: a regulator any; an enterprise's people what they find
     * themselves (self-inspection, a campaign's self-check, a lesson check) — an enforcement inspection, a tour, a
     * public tip or an accident investigation is the authorities' record of what they found, not the enterprise's.
     */
    public static List<HazardSource> reportableSources(Actor actor) {
        if (isRegulator(actor)) {
            return List.of(HazardSource.values());
        }
        return List.of(HazardSource.SELF_INSPECTION, HazardSource.CAMPAIGN, HazardSource.ACCIDENT_LESSON);
    }

    static boolean isRegulator(Actor actor) {
        return actor.has(Role.INSPECTOR) || actor.has(Role.DEPARTMENT_HEAD) || actor.has(Role.ADMINISTRATOR);
    }

    private Optional<SafeLedgerException> byActor(Actor actor, Hazard hazard, HazardAction action, LocalDate today) {
        var listing = hazard.listing();
        var regulator = isRegulator(actor);
        var verifying = action == HazardAction.ACCEPT || action == HazardAction.REJECT;
        if (action == HazardAction.EXTEND && !regulator) {
            if (hazard.escalationTier() > 0 || hazard.overdueOn(today)) {
                return forbidden("error.hazard.overdueExtends");
            }
            if (listing != null) {
                return forbidden("error.hazard.listedExtends", listing.departmentName());
            }
        }
        if (verifying && !regulator && hazard.needsRegulatorToVerify()) {
            return forbidden("error.hazard.regulatorVerifies");
        }
        // production resumes only after the regulator's review (16号令 arts. 18, 23; Work Safety Law art. 65(三)):
        // while the hazard has stopped an area, its closure is a regulator's
        if (verifying && !regulator && stopped(hazard)) {
            return forbidden("error.hazard.suspendedVerifies");
        }
        if ((verifying || action == HazardAction.EXTEND)
                && listing != null
                && !actor.has(Role.ADMINISTRATOR)
                && !Long.valueOf(listing.departmentId()).equals(actor.departmentId())) {
            return forbidden("error.hazard.listedVerifies", listing.departmentName());
        }
        if (action == HazardAction.LIST
                && hazard.listing() == null
                && listingChoices(actor, hazard).isEmpty()) {
            return forbidden("error.hazard.noListingDepartment");
        }
        return Optional.empty();
    }

    private Optional<SafeLedgerException> byRecord(Hazard hazard, HazardAction action) {
        if (action == HazardAction.REPORT_MAJOR
                && hazards.majorReports(hazard.id()).stream().noneMatch(r -> r.reportedAt() == null)) {
            return Optional.of(new ConflictException("channel", "error.hazard.alreadyReported", hazard.id()));
        }
        if (action == HazardAction.SUSPEND && hazards.suspension(hazard.id()).isPresent()) {
            return Optional.of(new ConflictException("area", "error.hazard.alreadySuspended", hazard.id()));
        }
        return Optional.empty();
    }

    private boolean stopped(Hazard hazard) {
        return hazards.suspension(hazard.id()).filter(Suspension::active).isPresent();
    }

    private static Optional<SafeLedgerException> forbidden(String key, Object... args) {
        return Optional.of(new ForbiddenException(key, args));
    }
}
