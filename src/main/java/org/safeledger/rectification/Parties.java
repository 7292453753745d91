package org.safeledger.rectification;

import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.RegionDirectory;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Names the parties of an item from the organisation records: a responsible party inside the assigner's scope
 * (an unknown or out-of-scope one is a 400 naming {@code responsible}, never a hint that it exists), and the body
 * an actor assigns as: its department, or its region's government.
 */
@Component
class Parties {

    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final RegionDirectory regions;

    Parties(EnterpriseRegister enterprises, DepartmentDirectory departments, RegionDirectory regions) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.regions = regions;
    }

    Party responsible(Actor actor, Responsible given) {
        if (given.kind() == null) {
            throw new InvalidInputException("responsible.kind", "error.field.required");
        }
        var kind = InputValues.code(ResponsibleKind.class, "responsible.kind", given.kind());
        if (kind.regional()) {
            if (given.regionCode() == null || given.id() != null) {
                throw new InvalidInputException("responsible.regionCode", "error.rectification.partyByRegion");
            }
            var region = regions.require("responsible.regionCode", given.regionCode());
            return new Party(kind, null, region.code(), region.regionCode(), kind.bodyName(region.name()));
        }
        if (given.id() == null || given.regionCode() != null) {
            throw new InvalidInputException("responsible.id", "error.rectification.partyById");
        }
        long id = given.id();
        if (kind == ResponsibleKind.ENTERPRISE) {
            var e = enterprises
                    .find(actor, id)
                    .orElseThrow(
                            () -> new InvalidInputException("responsible.id", "error.rectification.unknownParty", id));
            return new Party(kind, id, null, new RegionCode(e.regionCode()), e.name());
        }
        var d = departments
                .find(actor, id)
                .orElseThrow(() -> new InvalidInputException("responsible.id", "error.rectification.unknownParty", id));
        return new Party(kind, id, null, new RegionCode(d.regionCode()), d.name());
    }

    /**
     * The body the actor assigns as: its department, or (a region's leader) its region's government — or its party
     * committee, for a party body's record such as a party inspection tour.
     */
    Party assigner(Actor actor, boolean partyCommittee) {
        var departmentId = actor.departmentId();
        if (departmentId != null) {
            var d = departments
                    .find(actor, departmentId)
                    .orElseThrow(() -> new NotFoundException("error.department.notFound", departmentId));
            return new Party(ResponsibleKind.DEPARTMENT, d.id(), null, new RegionCode(d.regionCode()), d.name());
        }
        var region = regions.get(actor.scope().region().value());
        var kind = partyCommittee ? ResponsibleKind.PARTY_COMMITTEE : ResponsibleKind.GOVERNMENT;
        return new Party(kind, null, region.code(), region.regionCode(), kind.bodyName(region.name()));
    }
}
