package org.safeledger.accountability;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the idling signals read from the record ({@code safeledger.accountability.signals.*}): a local
 * inspection within {@code inspectedWithin} before a major hazard was found above it counts for the look-back rule;
 * {@code inspectionsWithoutFindings} enforcement inspections by one department in the {@code window} with no finding
 * and no penalty make the 宽松软虚 pattern; {@code selfInspectionsAllClear} self-inspections all clear in the
 * {@code inspectedWithin} before inspectors found a major hazard make 走过场; an escalation not opened within
 * {@code escalationWindow} is ignored. Signals are looked for over the {@code window} before the day asked.
 */
@ConfigurationProperties("safeledger.accountability.signals")
public record SignalProperties(
        @DefaultValue("P6M") Period inspectedWithin,
        @DefaultValue("P1Y") Period window,
        @DefaultValue("10") int inspectionsWithoutFindings,
        @DefaultValue("3") int selfInspectionsAllClear,
        @DefaultValue("P3D") Period escalationWindow) {

    public SignalProperties {
        if (inspectionsWithoutFindings < 1 || selfInspectionsAllClear < 1) {
            throw new IllegalArgumentException("safeledger.accountability.signals thresholds must be positive");
        }
        if (inspectedWithin.isNegative()
                || inspectedWithin.isZero()
                || window.isNegative()
                || window.isZero()
                || escalationWindow.isNegative()
                || escalationWindow.isZero()) {
            throw new IllegalArgumentException("safeledger.accountability.signals periods must be positive");
        }
    }
}
