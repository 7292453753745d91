package org.safeledger.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A law-enforcement inspection starting on site: the checklist, the enterprise, the place, the mode
 * ({@code UNANNOUNCED} — 四不两直 — or {@code ANNOUNCED}), the draw it carries out (its team is then the draw's for
 * that enterprise, and {@code teamIds}, if given, must name the same inspectors), otherwise the team (at least
 * two inspectors of the department).
 */
public record EnforcementStart(
        @Nullable Long templateId,
        @Nullable Long enterpriseId,
        @Nullable String place,
        @Nullable String mode,
        @Nullable Long drawId,
        @Nullable List<Long> teamIds) {}
