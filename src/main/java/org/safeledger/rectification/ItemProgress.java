package org.safeledger.rectification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * Where one item of a record stands today: its party, status, deadline, whether its plan is filed, overdue, its
 * 督办 colour and escalation, and whether it was ever closed and reopened (a re-inspection's verdict).
 */
public record ItemProgress(
        long id,
        String title,
        Party party,
        RectificationStatus status,
        LocalDate assignedOn,
        LocalDate deadline,
        boolean planned,
        boolean overdue,
        @Nullable SupervisionColour supervision,
        int escalationTier,
        int reopenings,
        int extensions) {

    static ItemProgress of(Rectification r, LocalDate today, RectificationProperties clocks) {
        return new ItemProgress(
                r.id(),
                r.title(),
                new Party(
                        r.responsibleKind(), r.responsibleId(), r.responsibleRegion(), r.region(), r.responsibleName()),
                r.status(),
                r.assignedOn(),
                r.deadline(),
                r.plan() != null,
                r.overdueOn(today),
                r.supervisionOn(today, clocks),
                r.escalationTier(),
                r.reopenings(),
                r.extensions());
    }

    public boolean closed() {
        return status == RectificationStatus.CLOSED;
    }

    /** Closed at least once: closed now, or closed and reopened since. */
    public boolean everClosed() {
        return closed() || reopenings > 0;
    }
}
