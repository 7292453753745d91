package org.safeledger.rectification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new item: where it came from, what is to be rectified, by whom and by when ({@code deadline} YYYY-MM-DD).
 * Accepted and closed by the body the actor assigns as.
 */
public record RectificationDraft(
        @NotBlank String origin,
        @Nullable Long originId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid Responsible responsible,
        @NotBlank String deadline) {}
