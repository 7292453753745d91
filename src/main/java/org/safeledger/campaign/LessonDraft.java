package org.safeledger.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/lesson-rollouts}: the accident or the major hazard the lesson comes from (one of them), the
 * region to check (default: the launcher's), the sector and mine type of the similar enterprises (default: the
 * source's), further checklist items, and the deadline of the check.
 */
public record LessonDraft(
        @Nullable Long accidentId,
        @Nullable Long hazardId,
        @Nullable @Size(max = 100) String title,
        @Nullable String regionCode,
        @Nullable String sector,
        @Nullable String mineType,
        @Nullable List<@Size(max = 500) String> extraItems,
        @NotBlank String deadline) {}
