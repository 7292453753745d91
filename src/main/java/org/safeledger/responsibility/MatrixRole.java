package org.safeledger.responsibility;

/**
 * The posts of a region's responsibility matrix (党政同责、一岗双责, 厅字〔2018〕13号): the party secretary and the
 * government head, both first responsible; the leader in charge of work safety; the other leaders, each answering
 * for the safety of the sectors in their charge.
 */
public enum MatrixRole {
    PARTY_SECRETARY,
    GOVERNMENT_HEAD,
    SAFETY_LEADER,
    SECTOR_LEADER;

    /** 第一责任人: told of what the region's chain is told at its top. */
    public boolean firstResponsible() {
        return this == PARTY_SECRETARY || this == GOVERNMENT_HEAD;
    }

    /** A region has one such post; there are as many sector leaders as the division of labour has. */
    public boolean single() {
        return this != SECTOR_LEADER;
    }

    public String messageKey() {
        return "matrixRole." + name();
    }
}
