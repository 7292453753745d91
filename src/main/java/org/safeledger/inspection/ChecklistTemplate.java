package org.safeledger.inspection;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/** A checklist template: an enterprise's own, or a regulator's for the region it serves ({@code enterpriseId} null). */
public record ChecklistTemplate(
        long id,
        String name,
        Sector sector,
        @Nullable Long enterpriseId,
        @Nullable String enterpriseName,
        String regionPrefix,
        List<ChecklistItem> items,
        Instant createdAt) {}
