package org.safeledger.hazard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The major-hazard path's settings ({@code safeledger.major-hazard.*}).
 *
 * @param reportWithin how soon after a hazard becomes major both halves of the dual report are due. The Work Safety
 *     Law (art. 41) says only 及时 (promptly) and the domain pack gives no number; one day is this platform's reading,
 *     to be set to what the province requires
 * @param repeatWindow how far back an earlier hazard of the same clause, ordered rectified or closed, makes a new one
 *     a repeat (default twelve months)
 */
@ConfigurationProperties("safeledger.major-hazard")
public record MajorHazardProperties(
        @DefaultValue("P1D") Duration reportWithin,
        @DefaultValue("P12M") java.time.Period repeatWindow) {

    public MajorHazardProperties {
        if (reportWithin.isNegative() || reportWithin.isZero()) {
            throw new IllegalArgumentException("safeledger.major-hazard.report-within must be positive");
        }
        if (repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalArgumentException("safeledger.major-hazard.repeat-window must be positive");
        }
    }
}
