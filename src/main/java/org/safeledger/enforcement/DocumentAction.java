package org.safeledger.enforcement;

/**
 * What follows a document's issue, each once, as {@link EnforcementDocument#refusal} decides:
 *
 * <pre>
 * issued (PENDING) --acknowledge (signed or refusal recorded)--> SIGNED | REFUSED
 * issued           --review (a review opinion, orders and decisions only)--> reviewed
 * issued           --pay (a penalty decision with a fine)--> paid
 * </pre>
 *
 * The three are independent: a refusal to sign is service too, and a fine may be paid before the signature is
 * recorded.
 */
public enum DocumentAction {
    ACKNOWLEDGE,
    REVIEW,
    PAY
}
