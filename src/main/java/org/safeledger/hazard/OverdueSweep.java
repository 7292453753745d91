package org.safeledger.hazard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeledger.platform.DemoMode;
import org.safeledger.platform.Jobs;
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
 * The overdue sweep: finds rectifications still owed past their deadline that have reached a new escalation tier
 * ({@link OverdueProperties#tierDays()}), escalates each on its aggregate (a timeline event per tier crossed, an
 * operation-log entry, a {@link HazardEscalated} for the notifications), in batches of one transaction each. Runs
 * on a schedule on one instance at a time (ShedLock), and by hand in demo mode. It reads only the hazards
 * crossing a threshold ({@code hazard_escalation_idx}); rows a user holds at that moment are skipped and taken by
 * the next run.
 */
@Component
public class OverdueSweep {

    static final String JOB = "overdue-sweep";

    private final Hazards hazards;
    private final HazardLedger ledger;
    private final OverdueProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final DemoMode demo;
    private final Clock clock;

    OverdueSweep(
            Hazards hazards,
            HazardLedger ledger,
            OverdueProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Jobs jobs,
            DemoMode demo,
            Clock clock) {
        this.hazards = hazards;
        this.ledger = ledger;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.jobs = jobs;
        this.demo = demo;
        this.clock = clock;
    }

    @Scheduled(cron = "${safeledger.overdue.cron:0 */15 * * * *}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "${safeledger.overdue.lock-at-least:PT30S}")
    public void scheduled() {
        // held at least a while: another instance firing on the same tick finds it taken and skips (once per cluster)
        var result = sweep();
        org.slf4j.LoggerFactory.getLogger(OverdueSweep.class).info("overdue sweep run: {}", result);
    }

    /** A run by hand ({@code POST /api/v1/admin/jobs/overdue-sweep/run}): demo mode, administrators. */
    public Result runNow(Actor actor) {
        if (!demo.enabled()) {
            throw new NotFoundException("error.job.demoOnly");
        }
        actor.require(Permission.SYSTEM_ADMIN);
        return jobs.runExclusively(JOB, Duration.ofMinutes(30), this::sweep)
                .orElseThrow(() -> new ConflictException("job", "error.job.running", JOB));
    }

    Result sweep() {
        var today = ledger.today();
        var cutoffs = properties.tierDays().stream().map(today::minusDays).toList();
        var counts = new int[Hazard.MAX_ESCALATION_TIER + 1];
        int hazardsEscalated = 0;
        // tier by tier, lowest first: a hazard taken from tier 0 may go straight to tier 3 and leaves every range
        for (int tier = 0; tier < Hazard.MAX_ESCALATION_TIER; tier++) {
            int from = tier;
            while (true) {
                int[] found = transactions.execute(status -> escalateBatch(from, today, cutoffs, counts));
                hazardsEscalated += found[1];
                if (found[0] < properties.batchSize()) {
                    break;
                }
            }
        }
        return new Result(hazardsEscalated, counts[1], counts[2], counts[3]);
    }

    /** One batch from one tier, in one transaction: {rows locked, hazards escalated}. */
    private int[] escalateBatch(int fromTier, LocalDate today, List<LocalDate> cutoffs, int[] counts) {
        var batch = hazards.lockDueForEscalation(fromTier, cutoffs.get(fromTier), properties.batchSize());
        var now = clock.instant();
        var escalated = new ArrayList<Hazard>();
        var timeline = new ArrayList<HazardEvent>();
        for (var entry : batch) {
            var hazard = entry.hazard();
            var crossed = hazard.escalate(
                    DeadlineClock.reachedTier(hazard.deadline(), today, properties.tierDays()), today, now);
            if (crossed.isEmpty()) {
                continue;
            }
            escalated.add(hazard);
            timeline.addAll(hazard.pendingEvents());
            long daysOverdue = DeadlineClock.daysOverdue(hazard.deadline(), today);
            for (int tier : crossed) {
                counts[tier]++;
                events.publishEvent(new HazardEscalated(
                        hazard.id(),
                        hazard.title(),
                        hazard.enterpriseId(),
                        entry.enterpriseName(),
                        hazard.regionCode(),
                        hazard.sector(),
                        tier,
                        hazard.deadline(),
                        daysOverdue,
                        now));
                events.publishEvent(new Audited(
                        HazardEvent.SYSTEM_ACTOR_NAME,
                        tier == 1 ? "hazard.overdue" : "hazard.escalate",
                        "hazard:" + hazard.id(),
                        Map.of("tier", tier, "deadline", hazard.deadline().toString(), "daysOverdue", daysOverdue)));
            }
        }
        if (!escalated.isEmpty()) {
            hazards.saveEscalations(escalated);
            hazards.insertEvents(timeline);
        }
        return new int[] {batch.size(), escalated.size()};
    }

    /** What a run did: how many hazards it escalated, and how many reached each tier. */
    public record Result(int hazardsEscalated, int tier1, int tier2, int tier3) {}
}
