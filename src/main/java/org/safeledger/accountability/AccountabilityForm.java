package org.safeledger.accountability;

/** The forms of accountability of leading cadres (中国共产党问责条例, 2019, art. 8). */
public enum AccountabilityForm {
    /** 检查: a written self-examination ordered. */
    SELF_EXAMINATION,
    /** 通报: circulated criticism. */
    CIRCULATED_CRITICISM,
    /** 诫勉: admonition. */
    ADMONITION,
    /** 组织调整或者组织处理: removal, transfer, demotion and the like. */
    ORGANISATIONAL,
    /** 纪律处分: a disciplinary sanction. */
    DISCIPLINARY;

    public String messageKey() {
        return "accountabilityForm." + name();
    }
}
