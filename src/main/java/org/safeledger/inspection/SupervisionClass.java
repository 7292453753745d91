package org.safeledger.inspection;

/** An enterprise's supervision class (分类分级): key enterprises are inspected more often; none set means general. */
public enum SupervisionClass {
    KEY,
    GENERAL;

    public String messageKey() {
        return "supervisionClass." + name();
    }
}
