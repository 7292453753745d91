package org.safeledger.hazard;

/** How a hazard came to light (api.md code list). */
public enum HazardSource {
    SELF_INSPECTION,
    ENFORCEMENT_INSPECTION,
    CAMPAIGN,
    INSPECTION_TOUR,
    PUBLIC_REPORT,
    ACCIDENT_LESSON,
    /** An accident investigation's recommendation or responsibility decision, tracked to closure like a hazard. */
    ACCIDENT_INVESTIGATION
}
