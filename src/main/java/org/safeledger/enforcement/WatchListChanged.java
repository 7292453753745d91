package org.safeledger.enforcement;

import java.time.Instant;
import java.util.Set;
import org.safeledger.shared.Sector;

/** An enterprise entered or left the watch list (for the supervising departments' notification). */
public record WatchListChanged(
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        Set<Sector> sectors,
        boolean entered,
        long score,
        String reasons,
        Instant at) {}
