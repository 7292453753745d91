package org.safeledger.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the alerts that catch a campaign gone through the motions ({@code safeledger.campaign.alerts.*}).
 * Alerts are prompts, not verdicts.
 *
 * @param alerts the thresholds
 * @param dispatchEvery how often each region below the launching one reports its progress (调度), each report due on
 *     the period's last day (weekly by default)
 */
@ConfigurationProperties("safeledger.campaign")
public record CampaignProperties(
        @DefaultValue Alerts alerts, @DefaultValue("P7D") java.time.Period dispatchEvery) {

    /**
     * @param minDepartmentFound a county is looked at once the departments found this many hazards there in the
     *     campaign
     * @param selfFoundRatio and alerted when its enterprises found themselves no more than this share of what the
     *     departments found ("almost none")
     * @param selfCheckCoverage the share of a unit's enterprises that must have completed the campaign's checklist
     *     before it enters the enforcement phase (the self-check phase's evidence)
     */
    public record Alerts(
            @DefaultValue("3") int minDepartmentFound,
            @DefaultValue("0.1") double selfFoundRatio,
            @DefaultValue("1.0") double selfCheckCoverage) {}
}
