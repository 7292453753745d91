package org.safeledger.accident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/accidents}: the unit, when and where, the type (GB 6441 code), the scene, the brief course
 * ({@code summary}), the casualties (the missing included), the estimated direct loss in whole yuan, the measures
 * taken and anything else to report (art. 12). The sector defaults to the enterprise's when it has one only.
 */
public record AccidentDraft(
        @NotNull Long enterpriseId,
        @NotNull OffsetDateTime occurredAt,
        @NotBlank @Size(max = 200) String place,
        @NotBlank String type,
        @Nullable String sector,
        @Nullable @Size(max = 2000) String scene,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull @Min(0) @Max(100_000) Integer deaths,
        @NotNull @Min(0) @Max(100_000) Integer missing,
        @NotNull @Min(0) @Max(100_000) Integer seriousInjuries,
        @NotNull @Min(0) @Max(100_000) Integer minorInjuries,
        @NotNull @Min(0) @Max(1_000_000_000_000L) Long directLossYuan,
        @Nullable @Size(max = 2000) String measures,
        @Nullable @Size(max = 2000) String otherInfo) {}
