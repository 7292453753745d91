package org.safeledger.tour;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of a tour's "second half" ({@code safeledger.tour.*}). The plan is due after the rectification items'
 * own {@code safeledger.rectification.plan-within} (15 days by default, the local rule).
 *
 * @param reportWithin how long after the feedback each item is due and each target's principal's report is owed
 *     (two months: art. 27 of the party's inspection regulation of 2015)
 * @param feedbackLookBack how far back a feedback may be recorded as delivered (a tour entered after the event)
 * @param maxSample the most items one re-inspection sample may draw
 */
@ConfigurationProperties("safeledger.tour")
public record TourProperties(
        @DefaultValue("P2M") Period reportWithin,
        @DefaultValue("P1Y") Period feedbackLookBack,
        @DefaultValue("50") int maxSample) {}
