package org.safeledger.accident;

/**
 * Decree 493 art. 3, exactly: each criterion graded on its own and the highest level wins (the criteria are joined
 * by 或者). "以上" includes the number and "以下" excludes it, so every band is half-open, {@code [lower, upper)}:
 *
 * <pre>
 *                  deaths     serious injuries   direct loss (yuan)
 * EXTRA_SERIOUS    ≥ 30       ≥ 100              ≥ 100,000,000
 * SERIOUS          10 – 29    50 – 99            50,000,000 – 99,999,999
 * LARGER           3 – 9      10 – 49            10,000,000 – 49,999,999
 * GENERAL          &lt; 3        &lt; 10               &lt; 10,000,000
 * </pre>
 *
 * The confirmed level counts the dead; the provisional one counts the missing with them (死亡（失踪）).
 */
public final class AccidentGrading {

    private AccidentGrading() {}

    /** The level of the figures: the highest of the three criteria, the dead counted alone. */
    public static AccidentLevel confirmed(Figures f) {
        return level(f.deaths(), f.seriousInjuries(), f.directLossYuan());
    }

    /** The level if every missing person were dead. */
    public static AccidentLevel provisional(Figures f) {
        return level((long) f.deaths() + f.missing(), f.seriousInjuries(), f.directLossYuan());
    }

    public static AccidentLevel level(long deaths, long seriousInjuries, long directLossYuan) {
        return byDeaths(deaths).max(bySeriousInjuries(seriousInjuries)).max(byLoss(directLossYuan));
    }

    static AccidentLevel byDeaths(long deaths) {
        return band(deaths, 3, 10, 30);
    }

    static AccidentLevel bySeriousInjuries(long seriousInjuries) {
        return band(seriousInjuries, 10, 50, 100);
    }

    static AccidentLevel byLoss(long yuan) {
        return band(yuan, 10_000_000L, 50_000_000L, 100_000_000L);
    }

    /** The level whose lower bound ("以上", inclusive) the value reaches. */
    private static AccidentLevel band(long value, long larger, long serious, long extraSerious) {
        if (value >= extraSerious) {
            return AccidentLevel.EXTRA_SERIOUS;
        }
        if (value >= serious) {
            return AccidentLevel.SERIOUS;
        }
        if (value >= larger) {
            return AccidentLevel.LARGER;
        }
        return AccidentLevel.GENERAL;
    }
}
