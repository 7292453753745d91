package org.safeledger.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * api.md's draw: {@code regionCode} (a subtree within the drawer's scope), {@code sectors}, how many enterprises,
 * inspectors per team (at least two), an optional seed (else a random one is chosen and recorded); optionally
 * leaving out enterprises inspected within N days, and not sending an inspector back to an enterprise they
 * inspected within N days; optionally only enterprises of the supervision classes given (KEY, GENERAL).
 */
public record DrawRequest(
        @Nullable String regionCode,
        @Nullable List<String> sectors,
        @Nullable Integer count,
        @Nullable Integer inspectorsPerTeam,
        @Nullable Long seed,
        @Nullable Integer excludeInspectedWithinDays,
        @Nullable Integer avoidOwnTargetsWithinDays,
        @Nullable List<String> supervisionClasses) {}
