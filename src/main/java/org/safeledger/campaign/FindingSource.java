package org.safeledger.campaign;

import org.safeledger.hazard.HazardSource;

/**
 * Where a campaign's hazards came from, as the national campaign's bulletins count them: found by departments, found
 * by the enterprises' own self-checks, listed for supervision by governments (a listed hazard also counts under
 * whoever found it).
 */
public enum FindingSource {
    DEPARTMENT,
    SELF_INSPECTION,
    LISTED;

    /**
     * Who found it: the enterprise itself for a self-inspection, a campaign's self-check or a lesson's check (the
     * sources an enterprise may give, HazardPolicy.reportableSources); the authorities for every other source.
     */
    public static FindingSource finder(HazardSource source) {
        return switch (source) {
            case SELF_INSPECTION, CAMPAIGN, ACCIDENT_LESSON -> SELF_INSPECTION;
            case ENFORCEMENT_INSPECTION, INSPECTION_TOUR, PUBLIC_REPORT, ACCIDENT_INVESTIGATION -> DEPARTMENT;
        };
    }

    public String messageKey() {
        return "findingSource." + name();
    }
}
