package org.safeledger.tour;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.safeledger.rectification.ItemProgress;
import org.safeledger.rectification.Party;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;

/** Puts a tour together for one reader, from the tour and its items as they stand today. */
final class TourViews {

    private TourViews() {}

    /** A tour with its items, as one reader sees it. */
    record Seen(Tour tour, TourStanding standing, List<ItemProgress> items, List<TourTarget> targets) {

        static Seen by(Actor actor, Tour tour, List<ItemProgress> allItems) {
            var standing = TourAccess.standing(actor, tour);
            if (standing.readsAll()) {
                return new Seen(tour, standing, allItems, tour.targets());
            }
            Predicate<TourTarget> reads = t -> TourAccess.reads(actor, tour, t);
            var targets = tour.targets().stream().filter(reads).toList();
            var items = allItems.stream()
                    .filter(i -> targets.stream().anyMatch(t -> t.is(i.party())))
                    .toList();
            return new Seen(tour, standing, items, targets);
        }

        List<TourFinding> findings() {
            return tour.findings().stream()
                    .filter(f -> targets.stream().anyMatch(t -> t.id() == f.targetId()))
                    .toList();
        }

        List<ItemProgress> itemsOf(TourTarget target) {
            return items.stream().filter(i -> target.is(i.party())).toList();
        }
    }

    static TourView of(Actor actor, Seen seen, List<TourAction> actions, LocalDate today) {
        var tour = seen.tour();
        var r = tour.record();
        var body = r.body();
        var byId = byId(seen.items());
        var targets = seen.targets().stream()
                .map(t -> new TourView.TargetView(
                        t.id(),
                        responsible(t.party()),
                        TourTally.of(seen.itemsOf(t)),
                        t.principalReport(),
                        t.reportIds(),
                        t.reportedAt(),
                        t.reportedBy(),
                        !t.reported() && tour.reportDue() != null && today.isAfter(tour.reportDue()),
                        actions.contains(TourAction.PRINCIPAL_REPORT)
                                && TourAccess.answersFor(actor, tour, t)
                                && tour.reportRefusal(t).isEmpty()))
                .toList();
        var samples = seen.standing().readsAll()
                ? tour.samples().stream()
                        .map(s -> new TourView.SampleView(
                                s.id(),
                                s.seed(),
                                s.size(),
                                s.pool(),
                                s.drawn(),
                                s.drawnBy(),
                                s.drawnAt(),
                                tour.findings().stream()
                                        .filter(f -> f.rectificationId() != null
                                                && s.drawn().contains(f.rectificationId()))
                                        .map(f -> finding(tour, f, byId))
                                        .toList()))
                        .toList()
                : List.<TourView.SampleView>of();
        return new TourView(
                r.id(),
                r.kind(),
                r.title(),
                new TourView.Body(
                        body.kind().name(),
                        body.kind().regional() ? null : body.id(),
                        body.region().value(),
                        body.name()),
                new TourView.Place(r.targetRegion(), r.targetRegionName()),
                r.startsOn(),
                r.endsOn(),
                r.leader(),
                r.members(),
                tour.status(),
                tour.feedbackOn(),
                tour.planDue(),
                tour.reportDue(),
                TourTally.of(seen.items()),
                new TourView.PrincipalReports(tour.reportDue(), seen.targets().size(), (int)
                        seen.targets().stream().filter(TourTarget::reported).count()),
                targets,
                samples,
                tour.summary(),
                tour.publishedAt(),
                tour.publishedAt() == null || r.publicToken() == null ? null : "/public/tours/" + r.publicToken(),
                seen.standing(),
                actions.stream()
                        .filter(a -> a != TourAction.PRINCIPAL_REPORT
                                || targets.stream().anyMatch(TourView.TargetView::mayReport))
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                        .toList(),
                r.version(),
                r.createdAt());
    }

    static List<FindingView> findings(Seen seen) {
        var byId = byId(seen.items());
        return seen.findings().stream().map(f -> finding(seen.tour(), f, byId)).toList();
    }

    static FindingView finding(Tour tour, TourFinding f, Map<Long, ItemProgress> items) {
        var target = tour.target(f.targetId()).orElseThrow();
        var item = f.rectificationId() == null ? null : items.get(f.rectificationId());
        return new FindingView(
                f.id(),
                f.targetId(),
                responsible(target.party()),
                f.title(),
                f.description(),
                f.evidenceIds(),
                f.hazardId(),
                f.rectificationId(),
                item == null ? null : item.status(),
                item == null ? null : item.deadline(),
                item != null && item.overdue(),
                item == null ? null : item.supervision(),
                item == null ? 0 : item.reopenings(),
                f.recordedBy(),
                f.recordedAt());
    }

    static Responsible responsible(Party p) {
        return new Responsible(p.kind().name(), p.kind().regional() ? null : p.id(), p.regionCode(), p.name());
    }

    private static Map<Long, ItemProgress> byId(List<ItemProgress> items) {
        return items.stream().collect(Collectors.toMap(ItemProgress::id, i -> i));
    }
}
