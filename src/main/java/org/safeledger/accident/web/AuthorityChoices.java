package org.safeledger.accident.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.rectification.RectificationAccess;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The authorities an investigation item may be for, as the item form offers them: the governments of the accident's
 * county, prefecture and province, and the departments there the organiser sees, as far as the organiser may assign
 * to them. A choice is {@code KIND:id} or
 * {@code KIND:regionCode}; none means the enterprise.
 */
@Component
class AuthorityChoices {

    private final RegionDirectory regions;
    private final DepartmentDirectory departments;

    AuthorityChoices(RegionDirectory regions, DepartmentDirectory departments) {
        this.regions = regions;
        this.departments = departments;
    }

    record Choice(String value, String name) {}

    List<Choice> of(Actor actor, String accidentRegion) {
        var lineage = new RegionCode(accidentRegion)
                .lineage().stream().map(RegionCode::value).toList();
        var choices = new ArrayList<Choice>();
        for (var code : lineage) {
            regions.find(code)
                    .filter(r -> allowed(actor, ResponsibleKind.GOVERNMENT, null, r.code(), r.code()))
                    .ifPresent(r -> choices.add(
                            new Choice("GOVERNMENT:" + r.code(), ResponsibleKind.GOVERNMENT.bodyName(r.name()))));
        }
        if (actor.can(Permission.DEPARTMENT_READ)) {
            departments.list(actor).stream()
                    .filter(d -> lineage.contains(d.regionCode()))
                    .filter(d -> allowed(actor, ResponsibleKind.DEPARTMENT, d.id(), null, d.regionCode()))
                    .forEach(d -> choices.add(new Choice("DEPARTMENT:" + d.id(), d.name())));
        }
        return choices;
    }

    /** The rectification module's own rule: the page offers only the authorities the organiser may assign to. */
    private static boolean allowed(
            Actor actor, ResponsibleKind kind, @Nullable Long id, @Nullable String regionCode, String partyRegion) {
        return RectificationAccess.assignRefusal(actor, kind, id, regionCode, new RegionCode(partyRegion))
                .isEmpty();
    }
}
