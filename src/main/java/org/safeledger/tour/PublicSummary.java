package org.safeledger.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.ItemProgress;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.responsibility.ResponsibleKind;

/**
 * The summary of a tour's rectification as the public reads it (整改情况通报): the tour, the body's text, and per
 * inspected body its findings' progress and whether its principal's report is in — no internal ids, no person's
 * name (not the tour's leader or members, not who recorded or reported).
 */
public record PublicSummary(
        TourKind kind,
        String title,
        String bodyName,
        String regionName,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable LocalDate feedbackOn,
        String summary,
        Instant publishedAt,
        TourTally findings,
        List<Target> targets) {

    /** One inspected body: its kind and name, its progress, its report, its findings' titles and statuses. */
    public record Target(
            ResponsibleKind kind, String name, TourTally findings, boolean principalReported, List<Item> items) {}

    public record Item(String title, @Nullable RectificationStatus status, boolean overdue) {}

    static PublicSummary of(Tour tour, List<ItemProgress> items) {
        var r = tour.record();
        var targets = tour.targets().stream()
                .map(t -> {
                    var own = items.stream().filter(i -> t.is(i.party())).toList();
                    return new Target(
                            t.party().kind(),
                            t.party().name(),
                            TourTally.of(own),
                            t.reported(),
                            own.stream()
                                    .map(i -> new Item(i.title(), i.status(), i.overdue()))
                                    .toList());
                })
                .toList();
        return new PublicSummary(
                r.kind(),
                r.title(),
                r.body().name(),
                r.targetRegionName(),
                r.startsOn(),
                r.endsOn(),
                tour.feedbackOn(),
                java.util.Objects.requireNonNull(tour.summary()),
                java.util.Objects.requireNonNull(tour.publishedAt()),
                TourTally.of(items),
                targets);
    }
}
