package org.safeledger.enforcement;

import java.time.Instant;
import java.util.List;

/** An enterprise on the watch list: since when, its score and the reasons. */
public record WatchListEntry(
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Instant enteredAt,
        long score,
        List<Screening.Reason> reasons,
        Instant updatedAt) {}
