package org.safeledger.responsibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A duty performed, as its holder records it: the duty (its code), the region (the recorder's own when empty), the
 * post when the region has several of the duty's kind (its sector leaders), the day, a note and the evidence.
 */
public record DutyInputs(
        @NotBlank @Size(max = 100) String dutyId,
        @Nullable String regionCode,
        @Nullable Long postId,
        @NotBlank String performedOn,
        @NotBlank @Size(max = 2000) String note,
        @Nullable @Size(max = 10) List<Long> attachmentIds) {}
