package org.safeledger.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An accountability decision as recorded: the region, the post (of the matrix; its holder on the day is the person)
 * or the person and post by name, the ground, the forms decided and the day, and the record it came from:
 * {@code ACCIDENT} or {@code SUMMONS} with its id, {@code SIGNAL} or {@code OTHER} with a label.
 */
public record AccountabilityInputs(
        @Nullable String regionCode,
        @Nullable Long postId,
        @Nullable @Size(max = 50) String personName,
        @Nullable @Size(max = 100) String post,
        @NotBlank String ground,
        @NotEmpty @Size(max = 5) List<String> forms,
        @NotBlank String decidedOn,
        @Nullable @Size(max = 2000) String note,
        @NotBlank String sourceKind,
        @Nullable Long sourceId,
        @Nullable @Size(max = 200) String sourceLabel) {}
