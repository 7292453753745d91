package org.safeledger.tipoff;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;

/**
 * What the public sent, as received and never changed afterwards: the county, the sector if the reporter named one,
 * the place, what happens there, the photos (attachment ids) and the optional contact — the one part no one without
 * the triage right ever reads.
 */
public record TipOffReport(
        long id,
        RegionCode region,
        @Nullable Sector sector,
        String place,
        String description,
        @Nullable String contact,
        List<Long> photoIds,
        Instant receivedAt) {

    public TipOffReport {
        photoIds = List.copyOf(photoIds);
    }
}
