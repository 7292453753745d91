package org.safeledger.shared;

import static org.safeledger.shared.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of product.md with the permissions each holds. What a role may do is here; where it may do it is
 * the user's {@link DataScope}.
 */
public enum Role {
    /** Reports hazards and submits rectification evidence for their enterprise. */
    ENTERPRISE_STAFF(EnumSet.of(
            REGION_READ,
            ENTERPRISE_READ,
            PERSON_READ,
            TOKEN_MANAGE,
            ATTACHMENT_UPLOAD,
            HAZARD_READ,
            HAZARD_REPORT,
            HAZARD_SUBMIT)),
    /** Owns the enterprise's rectification: assigns, extends, accepts and rejects its general hazards. */
    ENTERPRISE_PRINCIPAL(EnumSet.of(
            REGION_READ,
            ENTERPRISE_READ,
            PERSON_READ,
            PERSON_WRITE,
            TOKEN_MANAGE,
            ATTACHMENT_UPLOAD,
            HAZARD_READ,
            HAZARD_REPORT,
            HAZARD_ASSIGN,
            HAZARD_SUBMIT,
            HAZARD_VERIFY,
            HAZARD_EXTEND)),
    /** Everything an enterprise may do with hazards, in every enterprise of the scope, and more. */
    INSPECTOR(EnumSet.of(
            REGION_READ,
            ENTERPRISE_READ,
            ENTERPRISE_WRITE,
            DEPARTMENT_READ,
            PERSON_READ,
            TOKEN_MANAGE,
            ATTACHMENT_UPLOAD,
            HAZARD_READ,
            HAZARD_REPORT,
            HAZARD_ASSIGN,
            HAZARD_SUBMIT,
            HAZARD_VERIFY,
            HAZARD_EXTEND)),
    DEPARTMENT_HEAD(EnumSet.of(
            REGION_READ,
            ENTERPRISE_READ,
            ENTERPRISE_WRITE,
            DEPARTMENT_READ,
            PERSON_READ,
            PERSON_WRITE,
            TOKEN_MANAGE,
            ATTACHMENT_UPLOAD,
            HAZARD_READ,
            HAZARD_REPORT,
            HAZARD_ASSIGN,
            HAZARD_SUBMIT,
            HAZARD_VERIFY,
            HAZARD_EXTEND)),
    /** Sees the whole region; acts through the departments. */
    REGION_LEADER(EnumSet.of(REGION_READ, ENTERPRISE_READ, DEPARTMENT_READ, PERSON_READ, TOKEN_MANAGE, HAZARD_READ)),
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
