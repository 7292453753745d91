package org.safeledger.accident;

/**
 * The four levels of Decree 493 art. 3, lowest first (the order is the rank: a higher ordinal is a graver accident).
 * The level decides how far up the report goes (art. 10) and who investigates (art. 19).
 */
public enum AccidentLevel {
    /** 一般事故. */
    GENERAL,
    /** 较大事故. */
    LARGER,
    /** 重大事故. */
    SERIOUS,
    /** 特别重大事故. */
    EXTRA_SERIOUS;

    public AccidentLevel max(AccidentLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String messageKey() {
        return "accidentLevel." + name();
    }
}
