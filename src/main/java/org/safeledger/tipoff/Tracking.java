package org.safeledger.tipoff;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardStatus;

/**
 * What the tracking code shows anyone holding it: the county, the status and its dates, the rejection's reason
 * (written for the reporter), the hazard's status in the ledger, the reward. Never the contact, the photos, any
 * internal id or who decided.
 */
public record Tracking(
        String regionName,
        TipOffStatus status,
        Instant receivedAt,
        @Nullable Instant decidedAt,
        @Nullable String reason,
        @Nullable HazardStatus hazardStatus,
        @Nullable RewardDecision reward,
        @Nullable BigDecimal rewardAmount) {}
