package org.safeledger.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Party;

/** A tour's fixed facts: kind, title, its body, the region it tours, its dates and members, its public token. */
public record TourRecord(
        long id,
        TourKind kind,
        String title,
        Party body,
        String targetRegion,
        String targetRegionName,
        LocalDate startsOn,
        LocalDate endsOn,
        String leader,
        List<String> members,
        @Nullable String publicToken,
        long createdBy,
        int version,
        Instant createdAt) {

    public TourRecord {
        members = List.copyOf(members);
    }
}
