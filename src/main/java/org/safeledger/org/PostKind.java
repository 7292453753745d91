package org.safeledger.org;

/** The posts a person holds in safety work. */
public enum PostKind {
    ENTERPRISE_STAFF,
    ENTERPRISE_PRINCIPAL,
    SAFETY_MANAGER,
    INSPECTOR,
    DEPARTMENT_HEAD,
    REGION_LEADER;

    boolean atEnterprise() {
        return this == ENTERPRISE_STAFF || this == ENTERPRISE_PRINCIPAL || this == SAFETY_MANAGER;
    }

    boolean atDepartment() {
        return this == INSPECTOR || this == DEPARTMENT_HEAD;
    }
}
