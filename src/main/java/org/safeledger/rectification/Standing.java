package org.safeledger.rectification;

/**
 * How an actor stands to an item: its responsible party, the body that assigned it (or the supervising body it
 * named), a supervising body above in the region tree (reads only), or none (the item does not exist for them).
 */
public enum Standing {
    RESPONSIBLE,
    ASSIGNER,
    SUPERVISOR,
    NONE;

    public boolean reads() {
        return this != NONE;
    }
}
