package org.safeledger.accident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/accidents/{id}/updates}: the figures as they now stand (a follow-up report, or missing
 * persons confirmed dead), with a note; {@code version}, when sent, must be the accident's current one.
 */
public record AccidentUpdate(
        @NotNull @Min(0) @Max(100_000) Integer deaths,
        @NotNull @Min(0) @Max(100_000) Integer missing,
        @NotNull @Min(0) @Max(100_000) Integer seriousInjuries,
        @NotNull @Min(0) @Max(100_000) Integer minorInjuries,
        @NotNull @Min(0) @Max(1_000_000_000_000L) Long directLossYuan,
        @Nullable @Size(max = 2000) String note,
        @Nullable Integer version) {

    Figures figures() {
        return new Figures(deaths, missing, seriousInjuries, minorInjuries, directLossYuan);
    }
}
