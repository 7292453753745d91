package org.safeledger.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.RegionDirectory;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The assign page's one list of parties, grouped by kind: the governments and party committees of the actor's
 * region and the regions directly under it, the departments and the enterprises of its scope. A choice is written
 * {@code KIND:id} or {@code KIND:regionCode}; the server still decides whether the actor may assign to it.
 */
@Component
public class PartyChoices {

    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final EnterpriseRegister enterprises;

    PartyChoices(RegionDirectory regions, DepartmentDirectory departments, EnterpriseRegister enterprises) {
        this.regions = regions;
        this.departments = departments;
        this.enterprises = enterprises;
    }

    /** One option: its value and the name shown. */
    public record Choice(String value, String name, String regionCode) {}

    /** The groups of options, in the order the page shows them. */
    public record Group(ResponsibleKind kind, List<Choice> choices) {}

    /** Only the parties the actor may assign to: the server's own rule ({@link RectificationAccess#assignRefusal}). */
    public List<Group> of(Actor actor) {
        var own = regions.get(actor.scope().region().value());
        var near = new ArrayList<>(List.of(own));
        near.addAll(regions.children(own.code()));
        var groups = new ArrayList<Group>();
        for (var kind : List.of(ResponsibleKind.GOVERNMENT, ResponsibleKind.PARTY_COMMITTEE)) {
            groups.add(new Group(
                    kind,
                    near.stream()
                            .filter(r -> allowed(actor, kind, null, r.code(), r.code()))
                            .map(r -> new Choice(kind.name() + ":" + r.code(), kind.bodyName(r.name()), r.code()))
                            .toList()));
        }
        groups.add(new Group(
                ResponsibleKind.DEPARTMENT,
                actor.can(Permission.DEPARTMENT_READ)
                        ? departments.list(actor).stream()
                                .filter(d -> allowed(actor, ResponsibleKind.DEPARTMENT, d.id(), null, d.regionCode()))
                                .map(d -> new Choice("DEPARTMENT:" + d.id(), d.name(), d.regionCode()))
                                .toList()
                        : List.of()));
        groups.add(new Group(
                ResponsibleKind.ENTERPRISE,
                enterprises.choices(actor, null).stream()
                        .filter(e -> allowed(actor, ResponsibleKind.ENTERPRISE, e.id(), null, e.regionCode()))
                        .map(e -> new Choice("ENTERPRISE:" + e.id(), e.name(), e.regionCode()))
                        .toList()));
        return groups;
    }

    /** The same, only the parties inside {@code within} (a tour's target region). */
    public List<Group> of(Actor actor, RegionCode within) {
        return of(actor).stream()
                .map(g -> new Group(
                        g.kind(),
                        g.choices().stream()
                                .filter(c -> within.contains(new RegionCode(c.regionCode())))
                                .toList()))
                .toList();
    }

    private static boolean allowed(
            Actor actor, ResponsibleKind kind, @Nullable Long id, @Nullable String regionCode, String partyRegion) {
        return RectificationAccess.assignRefusal(actor, kind, id, regionCode, new RegionCode(partyRegion))
                .isEmpty();
    }

    /** The page's fields as a draft; a party that is not {@code KIND:value} is a 400 naming {@code responsible}. */
    public RectificationDraft draft(Map<String, String> fields) {
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
