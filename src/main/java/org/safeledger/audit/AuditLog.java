package org.safeledger.audit;

import java.time.Clock;
import org.safeledger.shared.Audited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every {@link Audited} write to the log, synchronously and in the writer's transaction: an entry exists
 * exactly when the write committed. Appending is an insert that takes no lock shared with other writers.
 */
@Component
class AuditLog {

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEntries entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(Audited write) {
        entries.append(
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                write.actor(),
                write.action(),
                write.target(),
                json.writeValueAsString(write.detail()));
    }
}
