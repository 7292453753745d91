package org.safeledger.hazard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Production stopped in an area of the enterprise because of a hazard; lifted with the hazard's closure. */
public record Suspension(
        long hazardId,
        String hazardTitle,
        String area,
        Instant suspendedAt,
        String suspendedBy,
        @Nullable Instant liftedAt) {

    public boolean active() {
        return liftedAt == null;
    }
}
