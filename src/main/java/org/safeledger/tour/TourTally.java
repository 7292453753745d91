package org.safeledger.tour;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.ItemProgress;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * The progress of a set of a tour's items: how many, with their plan filed, rectifying, submitted, closed,
 * overdue, the worst 督办 colour, and the reopen rate — items reopened after a re-inspection over the items ever
 * closed (none when nothing was closed yet).
 */
public record TourTally(
        int total,
        int planned,
        int rectifying,
        int submitted,
        int closed,
        int overdue,
        @Nullable SupervisionColour worst,
        int reopened,
        int everClosed,
        @Nullable Double reopenRate) {

    public static TourTally of(List<ItemProgress> items) {
        int reopened = (int) items.stream().filter(i -> i.reopenings() > 0).count();
        int everClosed = (int) items.stream().filter(ItemProgress::everClosed).count();
        return new TourTally(
                items.size(),
                (int) items.stream().filter(ItemProgress::planned).count(),
                count(items, RectificationStatus.RECTIFYING),
                count(items, RectificationStatus.SUBMITTED),
                count(items, RectificationStatus.CLOSED),
                (int) items.stream().filter(ItemProgress::overdue).count(),
                items.stream()
                        .map(ItemProgress::supervision)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                reopened,
                everClosed,
                everClosed == 0 ? null : (double) reopened / everClosed);
    }

    private static int count(List<ItemProgress> items, RectificationStatus status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    /** The reopen rate as a whole percentage, for the pages; none when nothing was closed. */
    public @Nullable Long reopenPercent() {
        return reopenRate == null ? null : Math.round(reopenRate * 100);
    }
}
