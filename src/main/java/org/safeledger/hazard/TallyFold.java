package org.safeledger.hazard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves the hazard tallies' pending deltas into their rollups (V202612100101): readers sum both, so figures are
 * exact whenever this runs; it only keeps the delta table short. Once per cluster at a time; a fold running
 * concurrently anyway would not count twice (each delta is deleted by the statement that adds it).
 */
@Component
class TallyFold {

    private final JdbcClient jdbc;
    private final org.safeledger.platform.SafeLedgerProperties properties;

    TallyFold(JdbcClient jdbc, org.safeledger.platform.SafeLedgerProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The tallies count local days: when safeledger.zone changed since they were counted, count them again. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.transaction.annotation.Transactional
    public void recountAfterZoneChange() {
        var zone = properties.zone().getId();
        int changed = jdbc.sql("UPDATE hazard_tally_setting SET zone = :zone WHERE zone <> :zone")
                .param("zone", zone)
                .update();
        if (changed > 0) {
            jdbc.sql("SELECT hazard_tally_rebuild()").query((rs, i) -> 1).list();
        }
    }

    @Scheduled(fixedDelayString = "${safeledger.statistics.fold-every:PT1M}")
    @SchedulerLock(name = "hazard-tally-fold", lockAtMostFor = "PT10M")
    void fold() {
        jdbc.sql("SELECT hazard_tally_fold()").query(Long.class).single();
    }
}
