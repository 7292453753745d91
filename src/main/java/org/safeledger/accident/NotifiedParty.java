package org.safeledger.accident;

/** Decree 493 art. 10: the departments receiving a report notify these at their level. */
public enum NotifiedParty {
    /** 公安机关. */
    POLICE,
    /** 劳动保障行政部门. */
    LABOUR,
    /** 工会. */
    UNION,
    /** 人民检察院. */
    PROCURATORATE;

    public String messageKey() {
        return "notifiedParty." + name();
    }
}
