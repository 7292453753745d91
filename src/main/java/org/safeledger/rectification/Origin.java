package org.safeledger.rectification;

/** Where an item came from: a tour finding, a meeting directive, a summons measure, an assessment shortcoming, an
 * accident investigation's recommendation or responsibility, a campaign. */
public enum Origin {
    TOUR_FINDING,
    DIRECTIVE,
    SUMMONS,
    ASSESSMENT,
    INVESTIGATION,
    CAMPAIGN;

    public String messageKey() {
        return "origin." + name();
    }
}
