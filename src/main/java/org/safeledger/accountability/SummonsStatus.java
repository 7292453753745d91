package org.safeledger.accountability;

import java.util.Optional;

/**
 * Where a summons is: held (its measures being rectified, its written report owed), then reported. The table:
 *
 * <pre>
 * HELD --report--> REPORTED
 * </pre>
 */
public enum SummonsStatus {
    HELD,
    REPORTED;

    public Optional<SummonsStatus> afterReport() {
        return this == HELD ? Optional.of(REPORTED) : Optional.empty();
    }

    public String messageKey() {
        return "summonsStatus." + name();
    }
}
