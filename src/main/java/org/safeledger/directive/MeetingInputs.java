package org.safeledger.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Responsible;

/** A meeting as recorded: kind, region, day (YYYY-MM-DD), topic, the minutes, and its decisions. */
public record MeetingInputs(
        @NotBlank String kind,
        @NotBlank String regionCode,
        @NotBlank String heldOn,
        @NotBlank @Size(max = 200) String topic,
        @Nullable Long minutesAttachmentId,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Decision> decisions) {

    /**
     * One decision: what, the party that carries it out, the post that owns it (its holder the responsible
     * leader), and the deadline.
     */
    public record Decision(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 4000) String description,
            @NotNull @Valid Responsible responsible,
            @NotNull Long ownerPostId,
            @NotBlank String deadline) {}
}
