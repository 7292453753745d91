package org.safeledger.accident;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safeledger.accident.*}: the deadlines of Decree 493 and which level drives the reporting chain.
 *
 * @param levelBasis {@code PROVISIONAL} (the default): the chain and its notifications follow the level counting
 *     the missing as dead, as statistics report 死亡（失踪） together, so that a report does not stop a level too low
 *     while people are still missing; {@code CONFIRMED}: only the dead count
 * @param changeWindow art. 13/20: casualty changes within this period from the day of the accident re-grade it
 * @param shortChangeWindow the same for road-traffic and fire accidents
 * @param unitReportWithin art. 9: the unit's head reports to the county departments within this
 * @param perLevelWithin art. 11: each level reports to the next within this
 */
@ConfigurationProperties("safeledger.accident")
public record AccidentProperties(
        @DefaultValue("PROVISIONAL") LevelBasis levelBasis,
        @DefaultValue("P30D") Period changeWindow,
        @DefaultValue("P7D") Period shortChangeWindow,
        @DefaultValue("PT1H") Duration unitReportWithin,
        @DefaultValue("PT2H") Duration perLevelWithin) {

    public enum LevelBasis {
        PROVISIONAL,
        CONFIRMED
    }
}
