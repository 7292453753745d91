package org.safeledger.rectification;

import java.time.Period;
import java.util.List;
import org.safeledger.responsibility.EscalationChain;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of rectification items ({@code safeledger.rectification.*}; all configuration, as the domain pack asks).
 *
 * @param planWithin how soon after assignment the plan is due (a tour rule: 15 days after the feedback)
 * @param reportEvery how often a progress report is due while rectifying
 * @param nearDeadline how long before the deadline an owed item turns blue
 * @param tierDays days past the deadline at which each escalation tier is reached (ascending, the first ≥ 1)
 * @param extensionAnswerWithin working days the assigning body has to answer an extension asked
 * @param cron when the overdue sweep runs ({@code -} switches it off)
 */
@ConfigurationProperties("safeledger.rectification")
public record RectificationProperties(
        @DefaultValue("P15D") Period planWithin,
        @DefaultValue("P30D") Period reportEvery,
        @DefaultValue("P7D") Period nearDeadline,
        @DefaultValue({"1", "7", "15"}) List<Integer> tierDays,
        @DefaultValue("5") int extensionAnswerWithin,
        @DefaultValue("0 */15 * * * *") String cron) {

    public RectificationProperties {
        if (tierDays.size() != EscalationChain.TIERS) {
            throw new IllegalArgumentException(
                    "safeledger.rectification.tier-days needs three numbers, got " + tierDays);
        }
        for (int k = 0; k < tierDays.size(); k++) {
            if (tierDays.get(k) < (k == 0 ? 1 : tierDays.get(k - 1) + 1)) {
                throw new IllegalArgumentException(
                        "safeledger.rectification.tier-days must ascend from at least 1, got " + tierDays);
            }
        }
        if (extensionAnswerWithin < 1) {
            throw new IllegalArgumentException(
                    "safeledger.rectification.extension-answer-within must be at least 1, got "
                            + extensionAnswerWithin);
        }
        tierDays = List.copyOf(tierDays);
    }
}
