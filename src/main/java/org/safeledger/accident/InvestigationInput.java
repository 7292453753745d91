package org.safeledger.accident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the investigation's API takes; dates are {@code YYYY-MM-DD} strings so a malformed one names its field. */
public final class InvestigationInput {

    private InvestigationInput() {}

    /** Opening: the unit leading the investigation (调查组牵头单位) and the team's members. */
    public record Open(
            @NotBlank @Size(max = 200) String leadingUnit,
            @Nullable List<@Size(max = 100) String> team) {}

    /** Art. 29: an extension of at most 60 days, approved by the government responsible. */
    public record Extension(
            @NotNull @Min(1) @Max(60) Integer days,
            @NotBlank @Size(max = 200) String approvedBy,
            @NotBlank @Size(max = 1000) String reason) {}

    /** A technical appraisal's days (both included). */
    public record Appraisal(
            @NotBlank String from,
            @NotBlank String to,
            @Nullable @Size(max = 500) String note) {}

    /** The report's findings; {@code reportSubmittedOn} when the report was handed in. */
    public record Findings(
            @NotBlank @Size(max = 4000) String directCause,
            @NotBlank @Size(max = 4000) String indirectCauses,
            @NotBlank String nature,
            @Nullable String reportSubmittedOn) {}

    /**
     * A recommendation, or a responsibility (a unit or person, the handling proposed and decided), with its deadline.
     * {@code party} names an authority that must carry it out ({@code {kind: DEPARTMENT, id}} or {@code {kind:
     * GOVERNMENT|PARTY_COMMITTEE, regionCode}}): the item is then that authority's rectification item; without it,
     * or for the enterprise, it is a hazard of the enterprise's ledger.
     */
    public record ItemDraft(
            @NotBlank String kind,
            @NotBlank @Size(max = 1000) String text,
            @NotBlank @Size(max = 50) String responsible,
            @Nullable String partyKind,
            @Nullable List<String> proposed,
            @Nullable List<String> decided,
            @NotBlank String deadline,
            org.safeledger.rectification.@Nullable Responsible party) {

        /** Without an authority: the enterprise's own item. */
        public ItemDraft(
                String kind,
                String text,
                String responsible,
                @Nullable String partyKind,
                @Nullable List<String> proposed,
                @Nullable List<String> decided,
                String deadline) {
            this(kind, text, responsible, partyKind, proposed, decided, deadline, null);
        }

        /** Whether an authority, not the enterprise, carries the item out. */
        boolean authority() {
            return party != null && !"ENTERPRISE".equals(party.kind());
        }
    }

    /** The decision on a responsibility (the government's approval of the report, 批复). */
    public record Decision(
            @NotNull List<String> decided,
            @Nullable @Size(max = 1000) String note) {}
}
