package org.safeledger.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One assessment of a risk point, with the raw factor values and the method version it used. */
public record RiskAssessment(
        long id,
        long riskPointId,
        String method,
        String methodVersion,
        Map<String, BigDecimal> factors,
        BigDecimal score,
        String band,
        RiskLevel level,
        @Nullable String note,
        Instant assessedAt,
        String assessedBy) {

    @com.fasterxml.jackson.annotation.JsonProperty("colour")
    public RiskColour colour() {
        return level.colour();
    }
}
