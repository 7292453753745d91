package org.safeledger.rectification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.RegionDirectory;
import org.safeledger.rectification.RectificationDraft;
import org.safeledger.rectification.Responsible;
import org.safeledger.rectification.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * The assign page's one list of parties, grouped by kind: the governments and party committees of the actor's
 * region and the regions directly under it, the departments and the enterprises of its scope. A choice is written
 * {@code KIND:id} or {@code KIND:regionCode}; the server still decides whether the actor may assign to it.
 */
@Component
class PartyChoices {

    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final EnterpriseRegister enterprises;

    PartyChoices(RegionDirectory regions, DepartmentDirectory departments, EnterpriseRegister enterprises) {
        this.regions = regions;
        this.departments = departments;
        this.enterprises = enterprises;
    }

    /** One option: its value and the name shown. */
    record Choice(String value, String name) {}

    /** The groups of options, in the order the page shows them. */
    record Group(ResponsibleKind kind, List<Choice> choices) {}

    List<Group> of(Actor actor) {
        var own = regions.get(actor.scope().region().value());
        var near = new ArrayList<>(List.of(own));
        near.addAll(regions.children(own.code()));
        var governments = near.stream()
                .map(r -> new Choice("GOVERNMENT:" + r.code(), r.name() + "人民政府"))
                .toList();
        var committees = near.stream()
                .map(r -> new Choice("PARTY_COMMITTEE:" + r.code(), "中共" + r.name() + "委员会"))
                .toList();
        var depts = actor.can(Permission.DEPARTMENT_READ)
                ? departments.list(actor).stream()
                        .map(d -> new Choice("DEPARTMENT:" + d.id(), d.name()))
                        .toList()
                : List.<Choice>of();
        var firms = enterprises.choices(actor, null).stream()
                .map(e -> new Choice("ENTERPRISE:" + e.id(), e.name()))
                .toList();
        return List.of(
                new Group(ResponsibleKind.GOVERNMENT, governments),
                new Group(ResponsibleKind.PARTY_COMMITTEE, committees),
                new Group(ResponsibleKind.DEPARTMENT, depts),
                new Group(ResponsibleKind.ENTERPRISE, firms));
    }

    /** The page's fields as a draft; a party that is not {@code KIND:value} is a 400 naming {@code responsible}. */
    RectificationDraft draft(Map<String, String> fields) {
        var responsible = Responsible.parse("responsible", fields.getOrDefault("responsible", ""));
        return new RectificationDraft(
                fields.getOrDefault("origin", ""),
                null,
                fields.getOrDefault("title", ""),
                fields.getOrDefault("description", ""),
                responsible,
                fields.getOrDefault("deadline", ""));
    }
}
