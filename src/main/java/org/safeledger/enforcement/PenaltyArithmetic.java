package org.safeledger.enforcement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Work Safety Law's penalty arithmetic, without the record it is checked against: art. 102's ranges (a unit up to
 * 50,000 yuan; its responsible persons, once the unit refused an order, 50,000 to 100,000), art. 112's daily fine
 * (the original fine for every day of the refusal after the last day already fined) and art. 113 (一)'s threshold (an
 * open major hazard and three penalties within 180 days, or four within a year).
 */
final class PenaltyArithmetic {

    private PenaltyArithmetic() {}

    /** Art. 102: the lowest fine for the party. */
    static long art102Min(Penalty.FinedParty party) {
        return party == Penalty.FinedParty.UNIT ? 1 : 50_000;
    }

    /** Art. 102: the highest fine for the party. */
    static long art102Max(Penalty.FinedParty party) {
        return party == Penalty.FinedParty.UNIT ? 50_000 : 100_000;
    }

    static boolean art102Allows(Penalty.FinedParty party, long amountYuan) {
        return amountYuan >= art102Min(party) && amountYuan <= art102Max(party);
    }

    /** Art. 112: the days fined, from the day after {@code lastFined} (or the order's day) to {@code until}. */
    static long art112Days(LocalDate lastFined, LocalDate until) {
        return Math.max(0, ChronoUnit.DAYS.between(lastFined, until));
    }

    /** Art. 112: the original fine times the days; -1 when it passes the cap a decision can hold. */
    static long art112Total(long baseYuan, long days, long capYuan) {
        if (days > 0 && baseYuan > capYuan / days) {
            return -1;
        }
        return baseYuan * days;
    }

    /** Art. 113 (一): a major hazard open now, and three penalties within 180 days or four within a year. */
    static boolean art113RepeatedPenalties(boolean openMajorHazard, long within180Days, long withinAYear) {
        return openMajorHazard && (within180Days >= 3 || withinAYear >= 4);
    }
}
