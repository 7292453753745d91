package org.safeledger.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new checklist template: its name and sector; the enterprise it belongs to (required for enterprise users; a
 * regulator may leave it empty for a template of their region); clauses of the standard {@code standardCode} in
 * force today by number ({@code "18.1, 18.10"}; an aspect's number brings all its items) and custom items.
 */
public record TemplateDraft(
        @NotBlank @Size(max = 100) String name,
        @NotBlank String sector,
        @Nullable Long enterpriseId,
        @Nullable String standardCode,
        @Nullable @Size(max = 2000) String clauseNumbers,
        @Nullable List<@Size(max = 500) String> customItems) {}
