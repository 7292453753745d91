package org.safeledger.rectification;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeledger.platform.DemoMode;
import org.safeledger.platform.Jobs;
import org.safeledger.responsibility.EscalationChain;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.loop.DeadlineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The items' overdue sweep, the hazards' in shape (and first the reminders before a deadline, {@link
 * DeadlineReminders}): owed items whose deadline reached a new tier
 * ({@link DeadlineClock#reachedTier}) are escalated on their aggregate, each tier's addressee told, in batches of one
 * transaction each. On a schedule on one instance at a time (ShedLock), and by hand in demo mode.
 */
@Component
public class RectificationSweep {

    static final String JOB = "rectification-sweep";
    private static final int BATCH = 200;

    private final RectificationStore store;
    private final Rectifications rectifications;
    private final RectificationNotices notices;
    private final DeadlineReminders reminders;
    private final RectificationProperties clocks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final DemoMode demo;
    private final Clock clock;

    RectificationSweep(
            RectificationStore store,
            Rectifications rectifications,
            RectificationNotices notices,
            DeadlineReminders reminders,
            RectificationProperties clocks,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Jobs jobs,
            DemoMode demo,
            Clock clock) {
        this.store = store;
        this.rectifications = rectifications;
        this.notices = notices;
        this.reminders = reminders;
        this.clocks = clocks;
        this.events = events;
        this.transactions = transactions;
        this.jobs = jobs;
        this.demo = demo;
        this.clock = clock;
    }

    @Scheduled(cron = "${safeledger.rectification.cron:0 */15 * * * *}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    public void scheduled() {
        sweep();
    }

    /** A run by hand ({@code POST /api/v1/admin/jobs/rectification-sweep/run}): demo mode, administrators. */
    public int runNow(Actor actor) {
        if (!demo.enabled()) {
            throw new NotFoundException("error.job.demoOnly");
        }
        actor.require(Permission.SYSTEM_ADMIN);
        return jobs.runExclusively(JOB, Duration.ofMinutes(30), this::sweep)
                .orElseThrow(() -> new ConflictException("job", "error.job.running", JOB));
    }

    /** Reminds of every deadline near and escalates every item due; the number of tiers crossed. */
    int sweep() {
        var today = rectifications.today();
        reminders.remind(today);
        int crossed = 0;
        for (int tier = 0; tier < EscalationChain.TIERS; tier++) {
            var cutoff = today.minusDays(clocks.tierDays().get(tier));
            int fromTier = tier;
            while (true) {
                int[] done = transactions.execute(status -> batch(fromTier, cutoff, today));
                crossed += done[1];
                if (done[0] < BATCH) {
                    break;
                }
            }
        }
        return crossed;
    }

    private int[] batch(int fromTier, java.time.LocalDate cutoff, java.time.LocalDate today) {
        var due = store.lockDueForEscalation(fromTier, cutoff, BATCH);
        var now = clock.instant();
        int crossed = 0;
        for (var item : due) {
            var tiers = item.escalate(DeadlineClock.reachedTier(item.deadline(), today, clocks.tierDays()), today, now);
            if (tiers.isEmpty()) {
                continue;
            }
            store.saveEscalation(item);
            long late = DeadlineClock.daysOverdue(item.deadline(), today);
            for (int tier : tiers) {
                crossed++;
                notices.escalated(item, tier, late, now);
                events.publishEvent(new Audited(
                        RectificationEvent.SYSTEM_ACTOR_NAME,
                        tier == 1 ? "rectification.overdue" : "rectification.escalate",
                        "rectification:" + item.id(),
                        Map.of("tier", tier, "deadline", item.deadline().toString(), "daysOverdue", late)));
            }
        }
        return new int[] {due.size(), crossed};
    }
}
