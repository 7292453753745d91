package org.safeledger.hazard;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hazard as reported (api.md). Codes ({@code sector}, {@code source}) are strings here so that an unknown one
 * is a 400 naming its field rather than an unreadable request. {@code rectifiedOnSpot} reports a hazard already
 * fixed on the spot (立查立改): it needs {@code evidence} and goes straight to acceptance.
 */
public record HazardReport(
        @NotNull Long enterpriseId,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String location,
        @Nullable @DecimalMin("73.0") @DecimalMax("136.0") BigDecimal longitude,
        @Nullable @DecimalMin("3.0") @DecimalMax("54.0") BigDecimal latitude,
        @NotBlank String sector,
        @NotNull OffsetDateTime discoveredAt,
        @Nullable @Size(max = 50) String discoveredBy,
        @NotBlank String source,
        @Nullable List<@NotNull Long> photoIds,
        @Nullable List<@NotNull Long> clauseIds,
        @Nullable Boolean rectifiedOnSpot,
        @Nullable @Size(max = 2000) String evidence,
        @Nullable List<@NotNull Long> evidenceIds,
        @Nullable Long riskPointId) {

    boolean onSpot() {
        return Boolean.TRUE.equals(rectifiedOnSpot);
    }
}
