package org.safeledger.campaign;

import java.util.Optional;

/**
 * A region's part in a campaign, as a transition table: invited, it takes the campaign on; taken on, it files its
 * plan (备案), its dispatch reports and may add items of its own to the checklists; with its plan filed, it enters
 * the phases in order. The launching region starts with its plan filed (the campaign is its plan).
 */
public enum UnitStatus {
    INVITED,
    TAKEN_ON,
    PLAN_FILED;

    /** The steps of a unit. */
    public enum Action {
        TAKE_ON,
        FILE_PLAN,
        ENTER_PHASE,
        /** A dispatch report: once the unit has taken the campaign on. */
        DISPATCH,
        /** Items of its own added to a sector's checklist: once the unit has taken the campaign on. */
        ADD_ITEMS
    }

    /** The status after the action, or empty when the table refuses it. */
    public Optional<UnitStatus> after(Action action) {
        return switch (action) {
            case TAKE_ON -> this == INVITED ? Optional.of(TAKEN_ON) : Optional.empty();
            case FILE_PLAN -> this == TAKEN_ON ? Optional.of(PLAN_FILED) : Optional.empty();
            case ENTER_PHASE -> this == PLAN_FILED ? Optional.of(PLAN_FILED) : Optional.empty();
            case DISPATCH, ADD_ITEMS -> this == INVITED ? Optional.empty() : Optional.of(this);
        };
    }

    public String messageKey() {
        return "unitStatus." + name();
    }
}
