package org.safeledger.accident;

/**
 * An accident's casualties and loss as last reported: deaths, persons missing (下落不明), serious injuries (including
 * acute industrial poisoning), minor injuries, and the direct economic loss in whole yuan.
 */
public record Figures(int deaths, int missing, int seriousInjuries, int minorInjuries, long directLossYuan) {

    public Figures {
        if (deaths < 0 || missing < 0 || seriousInjuries < 0 || minorInjuries < 0 || directLossYuan < 0) {
            throw new IllegalArgumentException("accident figures are never negative");
        }
    }
}
