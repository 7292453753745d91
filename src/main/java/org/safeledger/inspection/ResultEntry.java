package org.safeledger.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item's answer: applicable (default yes) and the outcome ({@code COMPLIANT}, {@code NON_COMPLIANT},
 * {@code NOT_CHECKED}), a note (required for a non-compliant item: what was found), photos uploaded by the user.
 */
public record ResultEntry(
        @NotNull Long itemId,
        @Nullable Boolean applicable,
        @Nullable String outcome,
        @Nullable @Size(max = 1000) String note,
        @Nullable List<@NotNull Long> photoIds) {}
