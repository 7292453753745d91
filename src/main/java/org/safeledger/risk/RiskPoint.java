package org.safeledger.risk;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A risk point (风险点) of an enterprise: where, which activity, the hazard factors, the control measures, the
 * responsible post; with its latest assessment (level and colour), none until assessed.
 */
public record RiskPoint(
        long id,
        long enterpriseId,
        String enterpriseName,
        String name,
        String place,
        String activity,
        String hazardFactors,
        String controlMeasures,
        String responsiblePost,
        @Nullable String responsiblePerson,
        @Nullable RiskLevel level,
        @Nullable BigDecimal score,
        @Nullable String band,
        @Nullable String method,
        @Nullable String methodVersion,
        @Nullable Instant assessedAt,
        Instant createdAt,
        int version) {

    @com.fasterxml.jackson.annotation.JsonProperty("colour")
    public @Nullable RiskColour colour() {
        return level == null ? null : level.colour();
    }
}
