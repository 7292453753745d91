package org.safeledger.rectification;

import java.util.Locale;

/** The steps of an item's loop, as the API names them ({@code /actions/plan}, ...). */
public enum RectificationAction {
    /** The responsible party files (or revises) its plan and measures. */
    PLAN,
    /** The responsible party reports progress. */
    PROGRESS,
    /** The responsible party submits its evidence of completion. */
    SUBMIT,
    /** The assigning (or named supervising) body accepts the evidence: the item is closed (销号). */
    ACCEPT,
    /** The assigning body sends the evidence back, with a reason. */
    REJECT,
    /**
     * The responsible party asks for a later deadline, before the deadline only, with the reason and the progress;
     * the deadline moves only when the assigning body grants it.
     */
    EXTEND,
    /** The assigning body grants the extension asked: the deadline moves and the escalation starts over. */
    GRANT_EXTENSION,
    /** The assigning body refuses the extension asked, with a reason: the deadline stands. */
    DENY_EXTENSION,
    /**
     * The assigning body reopens a closed item a re-inspection found not rectified, with a reason and a new
     * deadline: the "second half" checked, and counted against the responsible party.
     */
    REOPEN;

    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Which side of the item takes this step. */
    Standing takenBy() {
        return switch (this) {
            case ACCEPT, REJECT, REOPEN, GRANT_EXTENSION, DENY_EXTENSION -> Standing.ASSIGNER;
            default -> Standing.RESPONSIBLE;
        };
    }
}
