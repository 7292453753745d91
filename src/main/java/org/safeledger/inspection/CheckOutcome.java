package org.safeledger.inspection;

/** The result of one checklist item: never a silent "all clear" — an unanswered item stays {@code NOT_CHECKED}. */
public enum CheckOutcome {
    COMPLIANT,
    NON_COMPLIANT,
    NOT_CHECKED
}
