package org.safeledger.inspection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An item's result in a run, with the hazard it became (if it did). */
public record ItemResult(
        ChecklistItem item,
        boolean applicable,
        CheckOutcome outcome,
        @Nullable String note,
        List<Long> photoIds,
        @Nullable Long hazardId) {}
