package org.safeledger.hazard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The overdue sweep's settings ({@code safeledger.overdue.*}).
 *
 * @param tierDays days past the deadline at which each tier is reached: the enterprise principal, the supervising
 *     department, the region's leaders; three ascending numbers, the first at least 1 (the day after the deadline)
 * @param cron when the sweep runs (Spring cron, in the server's time zone)
 * @param batchSize hazards escalated per transaction
 */
@ConfigurationProperties("safeledger.overdue")
public record OverdueProperties(
        @DefaultValue({"1", "7", "15"}) List<Integer> tierDays,
        @DefaultValue("0 */15 * * * *") String cron,
        @DefaultValue("500") int batchSize) {

    public OverdueProperties {
        if (tierDays.size() != Hazard.MAX_ESCALATION_TIER) {
            throw new IllegalArgumentException("safeledger.overdue.tier-days needs three numbers, got " + tierDays);
        }
        for (int k = 0; k < tierDays.size(); k++) {
            if (tierDays.get(k) < (k == 0 ? 1 : tierDays.get(k - 1) + 1)) {
                throw new IllegalArgumentException(
                        "safeledger.overdue.tier-days must ascend from at least 1, got " + tierDays);
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("safeledger.overdue.batch-size must be positive");
        }
        tierDays = List.copyOf(tierDays);
    }
}
