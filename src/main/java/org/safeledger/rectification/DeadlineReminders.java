package org.safeledger.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.safeledger.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督办 practice's reminder before the deadline: once an owed item's deadline comes within
 * {@code safeledger.rectification.near-deadline} (the blue window), its party and its responsible leader (the post's
 * holder a meeting named) are told once for that deadline — an extension reminds again. Run by the items' sweep.
 */
@Component
class DeadlineReminders {

    private static final int BATCH = 200;

    private final RectificationStore store;
    private final RectificationNotices notices;
    private final RectificationProperties clocks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineReminders(
            RectificationStore store,
            RectificationNotices notices,
            RectificationProperties clocks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.notices = notices;
        this.clocks = clocks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends every reminder due today; how many. */
    int remind(LocalDate today) {
        int sent = 0;
        while (true) {
            Integer done = transactions.execute(status -> batch(today));
            sent += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                return sent;
            }
        }
    }

    private int batch(LocalDate today) {
        var due = store.lockDueForReminder(today, today.plus(clocks.nearDeadline()), BATCH);
        var now = clock.instant();
        for (var entry : due) {
            var item = entry.getKey();
            notices.dueSoon(item, entry.getValue().orElse(null), now);
            store.reminded(item.id(), item.deadline(), now);
            events.publishEvent(new Audited(
                    RectificationEvent.SYSTEM_ACTOR_NAME,
                    "rectification.remind",
                    "rectification:" + item.id(),
                    Map.of("deadline", item.deadline().toString())));
        }
        return due.size();
    }
}
