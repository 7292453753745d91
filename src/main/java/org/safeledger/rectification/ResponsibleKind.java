package org.safeledger.rectification;

/** Who answers for a rectification item: one of the three tiers (党政同责、一岗双责). */
public enum ResponsibleKind {
    ENTERPRISE,
    DEPARTMENT,
    /** A region's people's government. */
    GOVERNMENT,
    /** A region's party committee. */
    PARTY_COMMITTEE;

    /** Named by a region code rather than a record id. */
    public boolean regional() {
        return this == GOVERNMENT || this == PARTY_COMMITTEE;
    }

    public String messageKey() {
        return "responsibleKind." + name();
    }
}
