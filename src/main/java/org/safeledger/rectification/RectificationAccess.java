package org.safeledger.rectification;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Who stands how to an item: its responsible party (the enterprise's accounts, the department's staff, the
 * region's leaders for its government or party committee), the body that assigned it (that department's staff, or
 * the leaders of the assigning region), the supervising bodies above in the region tree (and a region's own leaders
 * over its departments and enterprises), and nobody else. The rule is written twice, side by side, once for one
 * item ({@link #standing}) and once as the ledger's SQL predicate ({@link #predicate}); tests hold them equal.
 */
public final class RectificationAccess {

    private RectificationAccess() {}

    /** The parts of an item the rule reads. */
    public record Facts(
            ResponsibleKind kind,
            @Nullable Long responsibleId,
            @Nullable String responsibleRegion,
            RegionCode region,
            @Nullable Long assignerDepartmentId,
            RegionCode assignerRegion) {

        static Facts of(Rectification r) {
            return new Facts(
                    r.responsibleKind(),
                    r.responsibleId(),
                    r.responsibleRegion(),
                    r.region(),
                    r.assignerDepartmentId(),
                    r.assignerRegion());
        }
    }

    public static Standing standing(Actor actor, Facts item) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return Standing.SUPERVISOR;
        }
        var enterprise = actor.scope().enterpriseId();
        if (enterprise != null) {
            return item.kind() == ResponsibleKind.ENTERPRISE && enterprise.equals(item.responsibleId())
                    ? Standing.RESPONSIBLE
                    : Standing.NONE;
        }
        var department = actor.departmentId();
        var region = actor.scope().region();
        boolean leader = leader(actor);
        if ((item.kind() == ResponsibleKind.DEPARTMENT && department != null && department.equals(item.responsibleId()))
                || (item.kind().regional() && leader && region.value().equals(item.responsibleRegion()))) {
            return Standing.RESPONSIBLE;
        }
        if (item.assignerDepartmentId() != null
                ? item.assignerDepartmentId().equals(department)
                : leader && region.equals(item.assignerRegion())) {
            return Standing.ASSIGNER;
        }
        if ((region.contains(item.region()) && !region.equals(item.region()))
                || (leader && region.equals(item.region()) && !item.kind().regional())) {
            return Standing.SUPERVISOR;
        }
        return Standing.NONE;
    }

    /** A region's leader speaks for its government (and, 党政同责, its party committee). */
    public static boolean leader(Actor actor) {
        return actor.has(Role.REGION_LEADER)
                && actor.departmentId() == null
                && actor.scope().enterpriseId() == null;
    }

    /**
     * The same rule as SQL over the table aliased {@code r}, with its parameters: every item the actor reads, or
     * (with {@code only}) those where it stands as {@code only} — RESPONSIBLE or ASSIGNER.
     */
    public static Scoped predicate(Actor actor, @Nullable Standing only) {
        var params = new HashMap<String, Object>();
        var responsible = new ArrayList<String>();
        var assigner = new ArrayList<String>();
        var supervisor = new ArrayList<String>();
        var enterprise = actor.scope().enterpriseId();
        if (actor.has(Role.ADMINISTRATOR)) {
            supervisor.add("TRUE");
        } else if (enterprise != null) {
            params.put("accessEnterprise", enterprise);
            responsible.add("(r.responsible_kind = 'ENTERPRISE' AND r.responsible_id = :accessEnterprise)");
        } else {
            var region = actor.scope().region();
            params.put("accessRegion", region.value());
            params.put("accessPrefix", region.subtreePrefix());
            params.put("accessDepartment", new SqlParameterValue(Types.BIGINT, actor.departmentId()));
            if (actor.departmentId() != null) {
                responsible.add("(r.responsible_kind = 'DEPARTMENT' AND r.responsible_id = :accessDepartment)");
                assigner.add("r.assigner_department_id = :accessDepartment");
            }
            if (leader(actor)) {
                responsible.add("(r.responsible_kind IN ('GOVERNMENT', 'PARTY_COMMITTEE')"
                        + " AND r.responsible_region = :accessRegion)");
                assigner.add("(r.assigner_department_id IS NULL AND r.assigner_region = :accessRegion)");
                supervisor.add(
                        "(r.region_code = :accessRegion AND r.responsible_kind IN ('ENTERPRISE', 'DEPARTMENT'))");
            }
            supervisor.add("(r.region_code LIKE :accessPrefix || '%' AND r.region_code <> :accessRegion)");
        }
        var any = new ArrayList<String>();
        if (only == null || only == Standing.RESPONSIBLE) {
            any.addAll(responsible);
        }
        if (only == null || only == Standing.ASSIGNER) {
            // an assigner that is also the responsible party is the responsible party
            assigner.forEach(a -> any.add(
                    only == null || responsible.isEmpty()
                            ? a
                            : "(" + a + " AND NOT (" + String.join(" OR ", responsible) + "))"));
        }
        if (only == null) {
            any.addAll(supervisor);
        }
        return new Scoped(any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")", params);
    }

    /** An SQL condition and its named parameters. */
    public record Scoped(String sql, Map<String, Object> params) {}

    /**
     * Why the actor may not assign an item to this party, or empty: the permission, a body to assign as (a
     * department, or a region's leaders), a party inside the actor's region, and not the actor's own body.
     */
    public static Optional<ForbiddenException> assignRefusal(
            Actor actor,
            ResponsibleKind kind,
            @Nullable Long responsibleId,
            @Nullable String responsibleRegion,
            RegionCode partyRegion) {
        if (!actor.can(Permission.RECTIFICATION_ASSIGN)) {
            return Optional.of(
                    new ForbiddenException("error.forbidden.permission", Permission.RECTIFICATION_ASSIGN.code()));
        }
        if (actor.departmentId() == null && !leader(actor)) {
            return Optional.of(new ForbiddenException("error.rectification.noAssigningBody"));
        }
        if (!actor.scope().region().contains(partyRegion)) {
            return Optional.of(new ForbiddenException("error.rectification.outsideRegion", partyRegion.value()));
        }
        var facts = new Facts(kind, responsibleId, responsibleRegion, partyRegion, null, partyRegion);
        if (standing(actor, facts) == Standing.RESPONSIBLE) {
            return Optional.of(new ForbiddenException("error.rectification.ownBody"));
        }
        return Optional.empty();
    }
}
