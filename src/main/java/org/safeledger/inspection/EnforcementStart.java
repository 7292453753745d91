package org.safeledger.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A law-enforcement inspection starting on site: the checklist, the enterprise, the place, the mode
 * ({@code UNANNOUNCED} — 四不两直 — or {@code ANNOUNCED}), the draw it carries out (its team is then the draw's for
 * that enterprise, and {@code teamIds}, if given, must name the same inspectors), otherwise the team (at least
 * two inspectors of the department). {@code inspectedOn} is the day of an inspection entered afterwards from its paper
 * record (补录: within the last 60 days, never in the future); empty means it starts now.
 */
public record EnforcementStart(
        @Nullable Long templateId,
        @Nullable Long enterpriseId,
        @Nullable String place,
        @Nullable String mode,
        @Nullable Long drawId,
        @Nullable List<Long> teamIds,
        @Nullable String inspectedOn) {

    /** An inspection starting now, on site. */
    public EnforcementStart(
            @Nullable Long templateId,
            @Nullable Long enterpriseId,
            @Nullable String place,
            @Nullable String mode,
            @Nullable Long drawId,
            @Nullable List<Long> teamIds) {
        this(templateId, enterpriseId, place, mode, drawId, teamIds, null);
    }
}
