package org.safeledger.hazard;

import org.safeledger.shared.Permission;

/** The steps of the closed loop after reporting, each with the permission it needs. */
public enum HazardAction {
    ASSIGN(Permission.HAZARD_ASSIGN),
    SUBMIT(Permission.HAZARD_SUBMIT),
    ACCEPT(Permission.HAZARD_VERIFY),
    REJECT(Permission.HAZARD_VERIFY),
    EXTEND(Permission.HAZARD_EXTEND),
    /** Lists for supervision (挂牌督办): departments and leaders. */
    LIST(Permission.HAZARD_LIST),
    /** The responsible unit's written explanation after a listed hazard failed its verification. */
    EXPLAIN(Permission.HAZARD_SUBMIT),
    /** Cites clauses of a determination standard: the hazard is major (regulators). */
    CITE(Permission.HAZARD_GRADE),
    /** Grades a major hazard back to general, with a reason (regulators). */
    DOWNGRADE(Permission.HAZARD_GRADE),
    /** Records one half of a major hazard's dual report: to the regulator, or to the workers' congress. */
    REPORT_MAJOR(Permission.HAZARD_SUBMIT),
    /** Stops production in the area the hazard affects (全部或者局部停产停业), until the hazard is closed. */
    SUSPEND(Permission.HAZARD_ASSIGN),
    /**
     * A regulator confirms that the reused evidence was a false rectification: the submission is sent back and the
     * hazard counts as a repeat violation (regulators).
     */
    CONFIRM_FALSIFIED(Permission.HAZARD_GRADE);

    private final Permission permission;

    HazardAction(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }

    /** The action named in a URL ({@code assign}, {@code submit}, ...). */
    public static java.util.Optional<HazardAction> named(String name) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
