package org.safeledger.accountability;

/** Why a summons is held: the triggers the record can show (安委〔2018〕2号 art. 4, local rules), or another. */
public enum SummonsTrigger {
    /** Accidents in a window (e.g. two serious ones within 30 days). */
    ACCIDENTS_IN_WINDOW,
    /** Hazards under listed supervision not rectified on time. */
    LISTED_HAZARD_OVERDUE,
    /** Repeated warnings (e.g. two warning notices within a year). */
    REPEATED_WARNINGS,
    /** Major decisions and deployments not carried out. */
    DECISIONS_NOT_CARRIED_OUT,
    OTHER;

    public String messageKey() {
        return "summonsTrigger." + name();
    }
}
