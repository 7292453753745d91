package org.safeledger.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notice of remedies a decision carries ({@code safeledger.enforcement.remedy.*}): where and within how long the
 * party may apply for administrative reconsideration (行政复议) or bring an administrative suit (行政诉讼). The
 * defaults follow the Administrative Reconsideration Law (2023) art. 20 (60 days from knowing of the act; the
 * government at the department's level as the body, art. 24) and the Administrative Litigation Law art. 46 (six
 * months) as recalled, not read from the official texts here: a province sets its own bodies and wording.
 */
@ConfigurationProperties("safeledger.enforcement.remedy")
public record RemedyProperties(
        @DefaultValue("本级人民政府") String reconsiderationBody,
        @DefaultValue("60") int reconsiderationDays,
        @DefaultValue("有管辖权的人民法院") String court,
        @DefaultValue("6") int litigationMonths) {

    public RemedyProperties {
        if (reconsiderationDays < 1 || litigationMonths < 1) {
            throw new IllegalArgumentException("safeledger.enforcement.remedy periods must be positive");
        }
    }
}
