package org.safeledger.risk;

/** The four risk levels, high to low, each with its colour (the only nationally fixed part of risk grading). */
public enum RiskLevel {
    MAJOR(RiskColour.RED),
    LARGER(RiskColour.ORANGE),
    GENERAL(RiskColour.YELLOW),
    LOW(RiskColour.BLUE);

    private final RiskColour colour;

    RiskLevel(RiskColour colour) {
        this.colour = colour;
    }

    public RiskColour colour() {
        return colour;
    }

    public String messageKey() {
        return "risk.level." + name();
    }
}
