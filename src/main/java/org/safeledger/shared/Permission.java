package org.safeledger.shared;

/**
 * One permission string per action (the RuoYi idea, kept as a type). Granted authorities carry {@link #code()};
 * roles bundle them in {@link Role}.
 */
public enum Permission {
    REGION_READ("org:region:read"),
    ENTERPRISE_READ("org:enterprise:read"),
    ENTERPRISE_WRITE("org:enterprise:write"),
    DEPARTMENT_READ("org:department:read"),
    DEPARTMENT_WRITE("org:department:write"),
    PERSON_READ("org:person:read"),
    PERSON_WRITE("org:person:write"),
    USER_ADMIN("identity:user:admin"),
    TOKEN_MANAGE("identity:token:manage"),
    OPERATIONS_READ("platform:operations:read"),
    /** Demo clock and jobs run by hand (administrators). */
    SYSTEM_ADMIN("platform:system:admin"),
    ATTACHMENT_UPLOAD("attachment:upload"),
    HAZARD_READ("hazard:read"),
    HAZARD_REPORT("hazard:report"),
    HAZARD_ASSIGN("hazard:assign"),
    HAZARD_SUBMIT("hazard:submit"),
    HAZARD_VERIFY("hazard:verify"),
    HAZARD_EXTEND("hazard:extend"),
    HAZARD_LIST("hazard:list"),
    HAZARD_GRADE("hazard:grade"),
    /** The risk lists and four-colour overviews (everyone in scope). */
    RISK_READ("risk:read"),
    /** Identifying and assessing risk points (enterprise principals and regulators). */
    RISK_MANAGE("risk:manage"),
    /** Checklists, self-inspection runs and schedules (everyone in scope). */
    INSPECTION_READ("inspection:read"),
    /** Running a checklist and recording its results (enterprise staff and regulators). */
    INSPECTION_RUN("inspection:run"),
    /** Checklist templates and recurring schedules (enterprise principals and regulators). */
    CHECKLIST_MANAGE("inspection:checklist:manage"),
    /** Law-enforcement inspections: double-random draws, on-site inspections (regulators). */
    INSPECTION_ENFORCE("inspection:enforce"),
    /** Enforcement documents: orders, decisions, reviews, penalties (regulators). */
    ENFORCEMENT_ISSUE("enforcement:issue"),
    /** Reading enforcement documents (regulators, leaders, and the enterprise they are addressed to). */
    ENFORCEMENT_READ("enforcement:read"),
    /** Reading accidents, their figures, reporting chain and logs (everyone in scope; an enterprise its own). */
    ACCIDENT_READ("accident:read"),
    /** Filing an accident and its follow-up reports of figures (enterprises and regulators). */
    ACCIDENT_REPORT("accident:report"),
    /** Writing the rescue and aftermath log (those at the scene: enterprises, regulators, leaders). */
    ACCIDENT_LOG("accident:log"),
    /** Recording the reporting chain's steps for one's department (regulators). */
    ACCIDENT_MANAGE("accident:manage"),
    /** Launching a lesson roll-out (举一反三) across similar enterprises (leaders, department heads). */
    LESSON_LAUNCH("campaign:lesson:launch"),
    /**
     * Launching a special rectification campaign and acting for one's region in it (taking it on, filing its plan,
     * entering its phases): departments, checked per region and sector.
     */
    CAMPAIGN_RUN("campaign:run"),
    /** Reading the rectification items one answers for, assigned, or supervises (everyone; the rule is per item). */
    RECTIFICATION_READ("rectification:read"),
    /** Assigning a rectification item to an enterprise, department or government below (departments, leaders). */
    RECTIFICATION_ASSIGN("rectification:assign"),
    /** Reading the tours one runs, supervises, or (after the feedback) is inspected by (everyone; the rule is per tour). */
    TOUR_READ("tour:read"),
    /** Running an inspection tour: findings, feedback, samples, the public summary (departments, leaders). */
    TOUR_RUN("tour:run"),
    /** Reading the meetings of one's region, below and above it, and the decisions one reads the items of. */
    MEETING_READ("meeting:read"),
    /** Recording a meeting of one's region and its decisions (region leaders). */
    MEETING_RECORD("meeting:record"),
    /** Reading a region's responsibility matrix: its own, those below and those above it (no enterprise). */
    RESPONSIBILITY_READ("responsibility:read"),
    /**
     * Maintaining a region's matrix: administrators, and the region's safety committee office (安委会办公室, the
     * emergency management bureau's staff of that region); the rule is per region.
     */
    RESPONSIBILITY_MAINTAIN("responsibility:maintain"),
    /**
     * Triaging the public's tip-offs (举报) of one's region and remit: reading them with the reporter's contact,
     * turning them into a hazard, an enforcement inspection or a rejection, deciding the reward (departments).
     */
    TIPOFF_TRIAGE("tipoff:triage"),
    AUDIT_VERIFY("audit:verify");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
