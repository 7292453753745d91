package org.safeledger.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens an item once its parties, dates and origin are decided — by the assign form, or by another module's record
 * (a tour's feedback, a meeting's decision): the row, its first timeline entry, the operation log and the notices.
 */
@Component
class ItemOpening {

    private final RectificationStore store;
    private final RectificationNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemOpening(RectificationStore store, RectificationNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    Rectification open(
            Actor actor,
            Origin origin,
            @Nullable Long originId,
            String title,
            String description,
            Party party,
            Party assigner,
            LocalDate assignedOn,
            LocalDate deadline) {
        var now = clock.instant();
        var state = new RectificationState(
                0,
                origin,
                originId,
                title,
                description,
                party.kind(),
                party.id(),
                party.regionCode(),
                party.name(),
                party.region().value(),
                actor.userId(),
                assigner.name(),
                assigner.kind() == ResponsibleKind.DEPARTMENT ? assigner.id() : null,
                assigner.region().value(),
                RectificationStatus.ASSIGNED,
                assignedOn,
                deadline,
                deadline,
                null,
                null,
                null,
                null,
                List.of(),
                0,
                null,
                0,
                0,
                null,
                0,
                null,
                null,
                0,
                now,
                now);
        long id = store.insert(state);
        Map<String, Object> detail =
                Map.of("responsible", party.name(), "deadline", deadline.toString(), "origin", origin.name());
        store.insertEvents(List.of(new RectificationEvent(
                id,
                RectificationEvent.Type.ASSIGNED,
                now,
                actor.userId(),
                actor.displayName(),
                null,
                RectificationStatus.ASSIGNED,
                detail)));
        var item = store.find(id).orElseThrow();
        events.publishEvent(Audited.by(actor, "rectification.assign", "rectification:" + id, detail));
        notices.assigned(item, now);
        return item;
    }
}
