package org.safeledger.accountability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Responsible;

/** A summons as recorded: whom, why, when, the minutes, and its rectification measures with their deadlines. */
public record SummonsInputs(
        @NotNull @Valid Responsible subject,
        @NotBlank String trigger,
        @NotBlank @Size(max = 2000) String reason,
        @NotBlank String heldOn,
        @Nullable Long minutesAttachmentId,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Measure> measures) {

    public record Measure(
            @NotBlank @Size(max = 200) String title,
            @NotBlank String deadline) {}

    /** The summoned's written report on its rectification. */
    public record Report(
            @NotNull Integer version,
            @NotBlank @Size(max = 4000) String report,
            @Nullable @Size(max = 10) List<Long> attachmentIds) {}
}
