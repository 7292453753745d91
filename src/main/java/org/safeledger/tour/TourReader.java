package org.safeledger.tour;

import java.util.List;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Loads a tour as one reader sees it (a tour the reader does not stand to is a 404, never a hint it exists), and
 * asks the aggregate whether a step may be taken — the one question the steps and the pages' offers share.
 */
@Component
class TourReader {

    private final TourStore store;
    private final RecordItems items;
    private final Rectifications rectifications;

    TourReader(TourStore store, RecordItems items, Rectifications rectifications) {
        this.store = store;
        this.items = items;
        this.rectifications = rectifications;
    }

    TourViews.Seen seen(Actor actor, long id) {
        actor.require(Permission.TOUR_READ);
        var tour = store.find(id).orElseThrow(() -> new NotFoundException("error.tour.notFound", id));
        var seen = TourViews.Seen.by(actor, tour, items.of(Origin.TOUR_FINDING, id));
        if (seen.standing() == TourStanding.NONE) {
            throw new NotFoundException("error.tour.notFound", id);
        }
        return seen;
    }

    /** The tour, when the actor may take the step on it now; the aggregate's refusal otherwise. */
    TourViews.Seen allowed(Actor actor, long id, TourAction action) {
        var seen = seen(actor, id);
        if (action != TourAction.PRINCIPAL_REPORT) {
            actor.require(Permission.TOUR_RUN);
        }
        var refused = seen.tour().refusal(action, seen.standing(), seen.items());
        if (refused.isPresent()) {
            throw refused.get();
        }
        return seen;
    }

    List<TourAction> available(Actor actor, TourViews.Seen seen) {
        return java.util.Arrays.stream(TourAction.values())
                .filter(a -> a == TourAction.PRINCIPAL_REPORT || actor.can(Permission.TOUR_RUN))
                .filter(a ->
                        seen.tour().refusal(a, seen.standing(), seen.items()).isEmpty())
                .toList();
    }

    TourView view(Actor actor, long id) {
        var seen = seen(actor, id);
        return TourViews.of(actor, seen, available(actor, seen), rectifications.today());
    }

    List<Long> candidates(Actor actor, int limit) {
        return store.candidates(actor.scope().region(), limit);
    }
}
