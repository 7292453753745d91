package org.safeledger.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A risk point as identified (风险辨识): every field but the responsible person is required. */
public record RiskPointDraft(
        @NotNull Long enterpriseId,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 200) String activity,
        @NotBlank @Size(max = 2000) String hazardFactors,
        @NotBlank @Size(max = 2000) String controlMeasures,
        @NotBlank @Size(max = 100) String responsiblePost,
        @Nullable @Size(max = 50) String responsiblePerson) {}
