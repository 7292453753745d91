package org.safeledger.responsibility;

/** What proves a duty done: a meeting's minutes (from the meetings' record), or a record with its evidence. */
public enum DutyEvidenceKind {
    /** A meeting of the kind the duty names, taken from the meetings recorded (never typed in again). */
    MEETING,
    /** A meeting on the sector's safety the leader in charge chaired. */
    SECTOR_MEETING,
    /** An inspection the leader led in person, or a research visit. */
    LED_INSPECTION,
    /** A signed responsibility pledge (责任书). */
    SIGNED_PLEDGE;

    public boolean derived() {
        return this == MEETING;
    }

    public String messageKey() {
        return "dutyEvidence." + name();
    }
}
