package org.safeledger.enforcement;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The watch list's screening rule ({@code safeledger.watch-list.*}), modelled on the US MSHA pattern-of-violations
 * screening (a rolling window, counts of serious findings and of orders, some criteria enough on their own): over
 * the {@code window}, each major hazard, missed deadline, repeat, enforcement order and order not carried out (a
 * failed review) scores its points; an enterprise is on the list when its score reaches {@code threshold}, or when
 * its repeats or failed reviews alone reach {@code repeatsAlone} or {@code failedReviewsAlone}.
 */
@ConfigurationProperties("safeledger.watch-list")
public record WatchListProperties(
        @DefaultValue("P12M") Period window,
        @DefaultValue("2") int majorHazardPoints,
        @DefaultValue("1") int overduePoints,
        @DefaultValue("3") int repeatPoints,
        @DefaultValue("1") int orderPoints,
        @DefaultValue("4") int failedReviewPoints,
        @DefaultValue("8") int threshold,
        @DefaultValue("2") int repeatsAlone,
        @DefaultValue("2") int failedReviewsAlone,
        @DefaultValue("0 30 2 * * *") String cron) {

    public WatchListProperties {
        if (threshold < 1 || repeatsAlone < 1 || failedReviewsAlone < 1) {
            throw new IllegalArgumentException("safeledger.watch-list thresholds must be positive");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("safeledger.watch-list.window must be positive");
        }
    }
}
