package org.safeledger.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A recurring self-inspection: which checklist, at which enterprise, how often, from which day (today if empty). */
public record ScheduleDraft(
        @NotNull Long enterpriseId,
        @NotNull Long templateId,
        @NotBlank String frequency,
        @Nullable String startsOn) {}
