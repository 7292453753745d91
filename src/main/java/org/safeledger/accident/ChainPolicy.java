package org.safeledger.accident;

import java.util.Arrays;
import java.util.List;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may record a step of an accident's reporting chain (Decree 493 arts. 9–11): a regulator of a region below the
 * step sends the report up to it (the one just below, or a lower one skipping levels, art. 10 para. 3); a regulator of
 * the step's own region records its receipt. The register asks this before recording a step, and the page before
 * offering its button — so a department of another level is not offered what it would be refused.
 */
@Component
public class ChainPolicy {

    private final DepartmentDirectory departments;
    private final RegionDirectory regions;

    ChainPolicy(DepartmentDirectory departments, RegionDirectory regions) {
        this.departments = departments;
        this.regions = regions;
    }

    /** Whether the actor may report the accident up to this step now (not yet sent; the county's comes by filing). */
    public boolean maySend(Actor actor, Accident accident, ChainStep step) {
        return step.allows(ChainStep.Action.SEND) && atDepartmentOf(actor, sendersOf(accident, step.step()));
    }

    /** Whether the actor may record this step's receipt now (sent, not yet received). */
    public boolean mayReceive(Actor actor, Accident accident, ChainStep step) {
        return step.allows(ChainStep.Action.RECEIVE)
                && atDepartmentOf(actor, List.of(step.step().region(new RegionCode(accident.regionCode()))));
    }

    void requireSender(Actor actor, Accident accident, ReportStep step) {
        require(actor, sendersOf(accident, step));
    }

    void requireReceiver(Actor actor, Accident accident, ReportStep step) {
        require(actor, List.of(step.region(new RegionCode(accident.regionCode()))));
    }

    /** The regions whose departments send up to the step: every step below it. */
    private static List<RegionCode> sendersOf(Accident accident, ReportStep step) {
        var region = new RegionCode(accident.regionCode());
        return Arrays.stream(ReportStep.values())
                .filter(s -> s.ordinal() < step.ordinal())
                .map(s -> s.region(region))
                .toList();
    }

    private void require(Actor actor, List<RegionCode> at) {
        actor.require(Permission.ACCIDENT_MANAGE);
        if (!atDepartmentOf(actor, at)) {
            var nearest = at.get(at.size() - 1).value();
            throw new ForbiddenException(
                    "error.accident.notThatLevel",
                    regions.find(nearest).map(org.safeledger.org.Region::name).orElse(nearest));
        }
    }

    private boolean atDepartmentOf(Actor actor, List<RegionCode> at) {
        if (!actor.can(Permission.ACCIDENT_MANAGE)) {
            return false;
        }
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        var department = actor.departmentId() == null
                ? null
                : departments.find(actor, actor.departmentId()).orElse(null);
        return department != null && at.stream().anyMatch(r -> r.value().equals(department.regionCode()));
    }
}
