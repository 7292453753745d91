package org.safeledger.platform;

import org.safeledger.platform.database.EmbeddedDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs the demonstration: on by default with the embedded database, off when an external
 * database is configured unless {@code SAFELEDGER_DEMO=true}. Demo-only endpoints and the demo data ask here.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(SafeLedgerProperties properties, Environment environment) {
        var configured = properties.demo();
        this.enabled = configured != null ? configured : EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
    }

    public boolean enabled() {
        return enabled;
    }
}
