package org.safeledger.tour;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Responsible;

/** What a caller sends for each step of a tour; dates are YYYY-MM-DD, {@code version} the tour's as read. */
public final class TourInputs {

    private TourInputs() {}

    /** A new tour of the actor's body over a region inside its own, with its leader and members. */
    public record TourDraft(
            @NotBlank String kind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank String targetRegionCode,
            @NotBlank String startsOn,
            @NotBlank String endsOn,
            @NotBlank @Size(max = 100) String leader,
            @Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> members,
            @Nullable @Size(max = 50) List<@NotNull @Valid Responsible> targets) {}

    /**
     * A finding against a party in the toured region, with its evidence; {@code hazard} (an enterprise's safety
     * hazard only) also opens it in the hazard ledger, at the place given.
     */
    public record FindingDraft(
            @NotNull @Valid Responsible responsible,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String description,
            @Nullable @Size(max = 20) List<@NotNull Long> attachmentIds,
            @Nullable @Valid Hazard hazard) {}

    /** Where the hazard is and, for an enterprise of several sectors, which one (its first otherwise). */
    public record Hazard(
            @NotBlank @Size(max = 200) String place,
            @Nullable String sector) {}

    public record Feedback(
            @NotNull Integer version, @NotBlank String deliveredOn) {}

    /** A target's principal leader's own report on organising the rectification. */
    public record PrincipalReport(
            @NotBlank @Size(max = 8000) String report,
            @Nullable @Size(max = 20) List<@NotNull Long> attachmentIds) {}

    /** A re-inspection sample of {@code size} closed items; the seed is drawn at random when not given. */
    public record SampleDraft(
            @NotNull @Min(1) @Max(1000) Integer size,
            @Nullable @Min(0) Long seed) {}

    public record Publication(
            @NotNull Integer version,
            @NotBlank @Size(max = 8000) String summary) {}

    public record Conclusion(@NotNull Integer version) {}
}
