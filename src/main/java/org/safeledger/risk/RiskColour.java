package org.safeledger.risk;

/** 红、橙、黄、蓝: the colours of the four risk levels on lists, cards and the four-colour overview. */
public enum RiskColour {
    RED,
    ORANGE,
    YELLOW,
    BLUE
}
