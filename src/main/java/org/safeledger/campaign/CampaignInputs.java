package org.safeledger.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign as launched (api.md "Campaigns"), and a region's plan filed for it. */
public record CampaignInputs(
        @NotBlank String kind,
        @NotBlank @Size(max = 200) String title,
        @Nullable String regionCode,
        @NotEmpty @Size(max = 20) List<@NotNull String> sectors,
        @NotEmpty @Size(max = 4) List<@NotNull @Valid PhaseInput> phases,
        @Nullable String planDue) {

    public record PhaseInput(
            @NotBlank String kind,
            @NotBlank String from,
            @NotBlank String to) {}

    /** A region's own plan (备案). */
    public record Plan(
            @NotNull Integer version,
            @NotBlank @Size(max = 4000) String plan) {}

    /** A dispatch report (调度) for the current period: what the region did and what stands in its way. */
    public record DispatchInput(@NotBlank @Size(max = 4000) String report) {}

    /** Items of a region's own for one sector's checklist, one a line. */
    public record OwnItems(
            @NotBlank String sector,
            @NotBlank @Size(max = 10000) String items) {}

    /** The next phase entered. */
    public record Phase(@NotNull Integer version, @NotBlank String phase) {}
}
