package org.safeledger.shared;

import static org.safeledger.shared.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of product.md with the permissions each holds. What a role may do is here; where it may do it is
 * the user's {@link DataScope}.
 */
public enum Role {
    ENTERPRISE_STAFF(EnumSet.of(REGION_READ, ENTERPRISE_READ, PERSON_READ, TOKEN_MANAGE)),
    ENTERPRISE_PRINCIPAL(EnumSet.of(REGION_READ, ENTERPRISE_READ, PERSON_READ, PERSON_WRITE, TOKEN_MANAGE)),
    INSPECTOR(EnumSet.of(REGION_READ, ENTERPRISE_READ, ENTERPRISE_WRITE, DEPARTMENT_READ, PERSON_READ, TOKEN_MANAGE)),
    DEPARTMENT_HEAD(EnumSet.of(
            REGION_READ, ENTERPRISE_READ, ENTERPRISE_WRITE, DEPARTMENT_READ, PERSON_READ, PERSON_WRITE, TOKEN_MANAGE)),
    REGION_LEADER(EnumSet.of(REGION_READ, ENTERPRISE_READ, DEPARTMENT_READ, PERSON_READ, TOKEN_MANAGE)),
    ADMINISTRATOR(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public String messageKey() {
        return "role." + name();
    }
}
