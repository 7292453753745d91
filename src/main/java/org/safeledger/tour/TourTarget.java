package org.safeledger.tour;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Party;

/** A body the tour inspected, and its principal leader's report on organising the rectification once filed. */
public record TourTarget(
        long id,
        Party party,
        @Nullable String principalReport,
        List<Long> reportIds,
        @Nullable Instant reportedAt,
        @Nullable String reportedBy) {

    public TourTarget {
        reportIds = List.copyOf(reportIds);
    }

    public boolean reported() {
        return reportedAt != null;
    }

    /** The same party: kind and id, or kind and region. */
    boolean is(Party other) {
        return party.kind() == other.kind()
                && java.util.Objects.equals(party.id(), other.id())
                && java.util.Objects.equals(party.regionCode(), other.regionCode());
    }
}
