package org.safeledger.tour;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding (问题) of the list: the target that answers for it, what was found and its evidence, the hazard it
 * opened in the ledger (an enterprise's safety hazard) and, from the feedback on, its rectification item.
 */
public record TourFinding(
        long id,
        long targetId,
        String title,
        String description,
        List<Long> evidenceIds,
        @Nullable Long hazardId,
        @Nullable Long rectificationId,
        String recordedBy,
        Instant recordedAt) {

    public TourFinding {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
