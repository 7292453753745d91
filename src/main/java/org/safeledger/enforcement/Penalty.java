package org.safeledger.enforcement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A penalty decision's substance: the provision violated, the Work Safety Law article applied, who is fined and how
 * much, whether aggravated (从重), and for art. 112 the daily continuous fine: the original fine's amount
 * ({@code baseAmountYuan}, of {@code originalFineNumber}) for every day from the day after the correction order
 * ({@code orderNumber}, {@code orderedOn}) up to and including the day the refusal ended ({@code refusedUntil}).
 * An art. 102 fine on the persons responsible names the order the unit refused to carry out. A later art. 112
 * decision on the same order fines from the day after the last one ended ({@code countedFrom}). An art. 113 decision
 * (closure request) fines nobody: its amount is 0, and it names its ground.
 */
public record Penalty(
        String violatedProvision,
        PenaltyArticle article,
        FinedParty finedParty,
        String finedName,
        long amountYuan,
        boolean aggravated,
        @Nullable Long baseAmountYuan,
        @Nullable LocalDate orderedOn,
        @Nullable LocalDate refusedUntil,
        @Nullable Long days,
        @Nullable String orderNumber,
        @Nullable String originalFineNumber,
        @Nullable LocalDate countedFrom,
        @Nullable ClosureGround closureGround) {

    /** Art. 113's grounds for a closure request, (一) to (四). */
    public enum ClosureGround {
        /** 存在重大事故隐患，一百八十日内三次或者一年内四次受到本法规定的行政处罚. */
        MAJOR_HAZARD_REPEATED_PENALTIES,
        /** 经停产停业整顿，仍不具备安全生产条件. */
        STILL_UNSAFE_AFTER_SUSPENSION,
        /** 不具备安全生产条件，导致发生重大、特别重大生产安全事故. */
        UNSAFE_SERIOUS_ACCIDENT,
        /** 拒不执行停产停业整顿决定. */
        REFUSED_SUSPENSION;

        public String messageKey() {
            return "closureGround." + name();
        }
    }

    /** The most one decision may fine: 1亿元, the ceiling MEM stated for the 2021 law (art. 114, 2–5×). */
    public static final long MAX_YUAN = 100_000_000L;

    /** An art. 102 fine; on the persons responsible it names the order the unit refused. */
    static Penalty art102(
            String provision,
            FinedParty party,
            String name,
            long amountYuan,
            boolean aggravated,
            @Nullable String orderNumber) {
        return new Penalty(
                provision,
                PenaltyArticle.ART_102,
                party,
                name,
                amountYuan,
                aggravated,
                null,
                null,
                null,
                null,
                orderNumber,
                null,
                null,
                null);
    }

    /** An art. 112 daily fine on the unit: the original amount for each day from {@code countedFrom} to {@code until}. */
    static Penalty art112(
            String provision,
            String name,
            boolean aggravated,
            long baseAmountYuan,
            LocalDate orderedOn,
            LocalDate countedFrom,
            LocalDate until,
            long days,
            String orderNumber,
            String originalFineNumber) {
        return new Penalty(
                provision,
                PenaltyArticle.ART_112,
                FinedParty.UNIT,
                name,
                Math.multiplyExact(baseAmountYuan, days),
                aggravated,
                baseAmountYuan,
                orderedOn,
                until,
                days,
                orderNumber,
                originalFineNumber,
                countedFrom,
                null);
    }

    /** An art. 113 closure request: no amount, its ground. */
    static Penalty closure(String provision, FinedParty party, String name, boolean aggravated, ClosureGround ground) {
        return new Penalty(
                provision,
                PenaltyArticle.ART_113,
                party,
                name,
                0,
                aggravated,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                ground);
    }

    /** The articles of the Work Safety Law (2021) the domain pack quotes for hazards and repeat violations. */
    public enum PenaltyArticle {
        /** 未采取措施消除事故隐患: order and a fine up to 50,000 yuan; refusal: stop and 50,000–100,000 on managers. */
        ART_102,
        /** 拒不改正: daily continuous fine at the original amount from the day after the correction order. */
        ART_112,
        /** Closure request: major hazard and 3 penalties in 180 days or 4 in a year, and the other cases. */
        ART_113;

        public String messageKey() {
            return "penaltyArticle." + name();
        }
    }

    public enum FinedParty {
        UNIT,
        PERSON
    }
}
