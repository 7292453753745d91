package org.safeledger.responsibility;

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

    /** The name the documents give a region's government or party committee: 阿拉善左旗人民政府, 中共阿拉善左旗委员会. */
    public String bodyName(String regionName) {
        return this == PARTY_COMMITTEE ? "中共" + regionName + "委员会" : regionName + "人民政府";
    }

    public String messageKey() {
        return "responsibleKind." + name();
    }
}
