package org.safeledger.notification;

/**
 * What a notification says. The text is {@code notification.<KIND>.title} and {@code .body} of the message bundles,
 * filled with the notification's arguments; each kind documents its arguments in order.
 */
public enum NotificationKind {
    /** Tier 1: the hazard passed its deadline. Arguments: title, enterprise, deadline, days overdue, tier. */
    HAZARD_OVERDUE,
    /** Tiers 2 and 3: an overdue hazard escalated to the department or the region's leaders (same arguments). */
    HAZARD_ESCALATED,
    /** A new idling signal of a region, to its accountable leaders (the nightly signals). */
    IDLING_SIGNAL,
    /** Listed for supervision (挂牌督办). Arguments: title, enterprise, supervising unit, deadline, notice number. */
    HAZARD_LISTED,
    /**
     * Rectification evidence used before for other hazards (suspected false rectification). Arguments: title,
     * enterprise, the other hazards' numbers.
     */
    EVIDENCE_REUSED,
    /**
     * The same clause found again within the repeat window (明知故犯、屡禁不止): handle with aggravation. Arguments:
     * title, enterprise, the earlier hazards' numbers.
     */
    REPEAT_VIOLATION,
    /** A review found an enforcement order not carried out. Arguments: title, enterprise, document number. */
    ORDER_NOT_CARRIED_OUT,
    /** An enterprise entered the watch list. Arguments: enterprise, score, reasons. */
    WATCH_LIST_ENTERED,
    /** An enterprise left the watch list. Arguments: enterprise. */
    WATCH_LIST_LEFT,
    /** An accident reported to a step of the chain. Arguments: enterprise, place, deaths, missing. */
    ACCIDENT_REPORTED,
    /** An accident's level rose with new figures (same arguments). */
    ACCIDENT_REGRADED,
    /** A lesson check (举一反三) for the enterprise. Arguments: title, deadline. */
    LESSON_CHECK,
    /** An enforcement document issued to the enterprise. Arguments: number, issuing authority, enterprise. */
    DOCUMENT_ISSUED,
    /** A rectification item assigned to the party. Arguments: title, assigning body, deadline. */
    RECTIFICATION_ASSIGNED,
    /** Its evidence is in, for the assigning body to accept. Arguments: title, responsible party. */
    RECTIFICATION_SUBMITTED,
    /** Its evidence sent back. Arguments: title, assigning body, reason. */
    RECTIFICATION_REJECTED,
    /** Accepted and closed. Arguments: title, assigning body. */
    RECTIFICATION_CLOSED,
    /** Tier 1: past its deadline. Arguments: title, responsible party, deadline, days overdue, tier. */
    RECTIFICATION_OVERDUE,
    /** Tiers 2 and 3: escalated up the responsible party's chain (same arguments). */
    RECTIFICATION_ESCALATED,
    /** Its deadline is near (督办 blue notice), to the party and its responsible leader. Arguments: title, deadline. */
    RECTIFICATION_DUE_SOON,
    /** An extension asked, for the assigning body. Arguments: title, responsible party, deadline asked, answer by. */
    RECTIFICATION_EXTENSION_ASKED,
    /** The extension granted. Arguments: title, new deadline. */
    RECTIFICATION_EXTENDED,
    /** The extension refused. Arguments: title, the deadline that stands. */
    RECTIFICATION_EXTENSION_DENIED,
    /** A meeting's decision owned by the recipient's post. Arguments: title, meeting topic, handler, deadline. */
    DIRECTIVE_OWNED;

    public String titleKey() {
        return "notification." + name() + ".title";
    }

    public String bodyKey() {
        return "notification." + name() + ".body";
    }
}
