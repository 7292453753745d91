package org.safeledger.shared;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated person acting on a request, as every module sees it. Controllers receive it as a method
 * parameter (resolved by the identity module) and hand it to module APIs, which check permission and scope.
 */
public record Actor(
        long userId,
        String username,
        String displayName,
        Set<Role> roles,
        DataScope scope,
        @Nullable Long departmentId) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /**
     * The system acting on its own (a scheduled job, the first start, the demo loader): a country-wide administrator
     * no one can sign in as, named for the record it leaves in the audit chain.
     */
    public static Actor system(String name) {
        return new Actor(0, name, name, Set.of(Role.ADMINISTRATOR), DataScope.everything(), null);
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(r -> r.permissions().contains(permission));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Throws {@link ForbiddenException} unless one of the actor's roles grants the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new ForbiddenException("error.forbidden.permission", permission.code());
        }
    }
}
