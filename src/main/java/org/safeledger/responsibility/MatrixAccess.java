package org.safeledger.responsibility;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;

/**
 * Who reads and who maintains a region's matrix. Read: anyone with the permission (no enterprise) whose region is
 * the region, below it, or above it — the chain one answers to is not secret to the one answering. Maintain: an
 * administrator over the region, or the region's own safety committee office (安委会办公室), housed in its
 * emergency management bureau. The API, the pages and the service ask these, nothing else.
 */
public final class MatrixAccess {

    private MatrixAccess() {}

    public static Optional<ForbiddenException> readRefusal(Actor actor, RegionCode region) {
        if (!actor.can(Permission.RESPONSIBILITY_READ) || actor.scope().enterpriseId() != null) {
            return Optional.of(new ForbiddenException("error.matrix.noRead"));
        }
        if (actor.scope().coversRegion(region)) {
            return Optional.empty();
        }
        return Optional.of(new ForbiddenException("error.scope.region", region.value()));
    }

    /** {@code department}: the actor's own department, if any. */
    public static Optional<ForbiddenException> maintainRefusal(
            Actor actor, RegionCode region, @Nullable Department department) {
        if (!actor.can(Permission.RESPONSIBILITY_MAINTAIN)) {
            return Optional.of(new ForbiddenException("error.matrix.notOffice", region.value()));
        }
        if (actor.has(Role.ADMINISTRATOR) && actor.scope().region().contains(region)) {
            return Optional.empty();
        }
        if (department != null
                && department.kind() == DepartmentKind.EMERGENCY_MANAGEMENT
                && department.regionCode().equals(region.value())) {
            return Optional.empty();
        }
        return Optional.of(new ForbiddenException("error.matrix.notOffice", region.value()));
    }
}
