package org.safeledger.inspection;

/**
 * What a completed run found: all applicable items compliant, at least one non-compliant, or (no non-compliance
 * but) items left unchecked — which is not "all clear".
 */
public enum RunOutcome {
    ALL_COMPLIANT,
    NON_COMPLIANT,
    INCOMPLETE
}
