package org.safeledger.reporting;

/** The four colours of the region map (红橙黄蓝), worst first, as dual prevention colours its risk levels. */
public enum MapColour {
    RED,
    ORANGE,
    YELLOW,
    BLUE;

    public String messageKey() {
        return "mapColour." + name();
    }
}
