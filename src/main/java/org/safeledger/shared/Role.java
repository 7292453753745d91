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
    ENTERPRISE_STAFF(Grants.EVERYONE, Grants.REPORTING),
    /** Owns the enterprise's rectification: assigns, extends, accepts and rejects its general hazards. */
    ENTERPRISE_PRINCIPAL(Grants.EVERYONE, Grants.REPORTING, Grants.RECTIFYING, EnumSet.of(PERSON_WRITE)),
    /** Everything an enterprise may do with hazards, in every enterprise of the scope, and more. */
    INSPECTOR(Grants.EVERYONE, Grants.REPORTING, Grants.RECTIFYING, Grants.SUPERVISING),
    /** An inspector who also staffs the department. */
    DEPARTMENT_HEAD(
            Grants.EVERYONE,
            Grants.REPORTING,
            Grants.RECTIFYING,
            Grants.SUPERVISING,
            EnumSet.of(PERSON_WRITE, LESSON_LAUNCH)),
    /** Sees the whole region; acts through the departments, and answers for its government's own items. */
    REGION_LEADER(
            Grants.EVERYONE,
            EnumSet.of(
                    DEPARTMENT_READ,
                    HAZARD_READ,
                    HAZARD_LIST,
                    LESSON_LAUNCH,
                    ACCIDENT_LOG,
                    RECTIFICATION_ASSIGN,
                    TOUR_RUN,
                    MEETING_RECORD,
                    RESPONSIBILITY_READ,
                    ATTACHMENT_UPLOAD)),
    ADMINISTRATOR(EnumSet.allOf(Permission.class));

    /** The building blocks of the roles (a nested class: enum constants cannot refer to the enum's own fields). */
    private static final class Grants {
        static final Set<Permission> EVERYONE = EnumSet.of(
                REGION_READ,
                ENTERPRISE_READ,
                PERSON_READ,
                TOKEN_MANAGE,
                RISK_READ,
                INSPECTION_READ,
                ENFORCEMENT_READ,
                ACCIDENT_READ,
                RECTIFICATION_READ,
                TOUR_READ,
                MEETING_READ);
        static final Set<Permission> REPORTING = EnumSet.of(
                ATTACHMENT_UPLOAD,
                HAZARD_READ,
                HAZARD_REPORT,
                HAZARD_SUBMIT,
                INSPECTION_RUN,
                ACCIDENT_REPORT,
                ACCIDENT_LOG);
        static final Set<Permission> RECTIFYING =
                EnumSet.of(HAZARD_ASSIGN, HAZARD_VERIFY, HAZARD_EXTEND, RISK_MANAGE, CHECKLIST_MANAGE);
        static final Set<Permission> SUPERVISING = EnumSet.of(
                ENTERPRISE_WRITE,
                DEPARTMENT_READ,
                HAZARD_LIST,
                HAZARD_GRADE,
                INSPECTION_ENFORCE,
                ENFORCEMENT_ISSUE,
                ACCIDENT_MANAGE,
                RECTIFICATION_ASSIGN,
                TOUR_RUN,
                RESPONSIBILITY_READ,
                RESPONSIBILITY_MAINTAIN,
                CAMPAIGN_RUN,
                TIPOFF_TRIAGE);
    }

    private final Set<Permission> permissions;

    @SafeVarargs
    Role(Set<Permission>... grants) {
        var all = EnumSet.noneOf(Permission.class);
        for (var grant : grants) {
            all.addAll(grant);
        }
        this.permissions = Set.copyOf(all);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public String messageKey() {
        return "role." + name();
    }
}
