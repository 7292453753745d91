package org.safeledger.directive;

/** The meetings that study work safety and decide its tasks; a standing committee's decisions are the party's. */
public enum MeetingKind {
    PARTY_STANDING_COMMITTEE,
    GOVERNMENT_EXECUTIVE,
    SAFETY_COMMITTEE;

    public boolean byPartyCommittee() {
        return this == PARTY_STANDING_COMMITTEE;
    }

    public String messageKey() {
        return "meetingKind." + name();
    }
}
