package org.safeledger.risk;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An assessment request: the method (LEC, LS, MES), optionally the version (else the one in force today), the
 * factor values by key ({@code {"l": 3, "e": 6, "c": 15}}), a note.
 */
public record Assess(
        @Nullable String method,
        @Nullable String version,
        @Nullable Map<String, Object> factors,
        @Nullable @Size(max = 500) String note) {}
