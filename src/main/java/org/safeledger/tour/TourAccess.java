package org.safeledger.tour;

import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.RectificationAccess;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Role;

/**
 * Who stands how to a tour. Its body runs it; the bodies above it (and a region's leaders over their own
 * department's tour) supervise it; after the feedback, whoever reads a finding's rectification item — its
 * responsible party and those supervising that party — reads the tour and that finding; nobody else knows it exists.
 * A finding is shown by the item's own rule, so the tour page never shows what the item page hides.
 */
final class TourAccess {

    private TourAccess() {}

    static TourStanding standing(Actor actor, Tour tour) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return TourStanding.SUPERVISOR;
        }
        var body = tour.record().body();
        if (actor.scope().enterpriseId() == null) {
            var region = actor.scope().region();
            boolean leader = RectificationAccess.leader(actor);
            if (body.kind() == ResponsibleKind.DEPARTMENT
                    ? body.id() != null && body.id().equals(actor.departmentId())
                    : leader && region.equals(body.region())) {
                return TourStanding.BODY;
            }
            if ((region.contains(body.region()) && !region.equals(body.region()))
                    || (leader && region.equals(body.region()))) {
                return TourStanding.SUPERVISOR;
            }
        }
        if (tour.fedBack() && tour.targets().stream().anyMatch(t -> reads(actor, tour, t))) {
            return TourStanding.TARGET;
        }
        return TourStanding.NONE;
    }

    /** Whether the actor reads the findings against this target (and the target's line of progress). */
    static boolean reads(Actor actor, Tour tour, TourTarget target) {
        return RecordItems.standing(actor, target.party(), tour.record().body()).reads();
    }

    /** Whether the actor answers for the target: it files the principal's report. */
    static boolean answersFor(Actor actor, Tour tour, TourTarget target) {
        return RecordItems.standing(actor, target.party(), tour.record().body())
                == org.safeledger.rectification.Standing.RESPONSIBLE;
    }
}
