package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.accident.AccidentFacts.AccidentFact;
import org.safeledger.accident.AccidentLevel;

class TriggerRulesTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TriggerRules.AccidentRule TWO_SERIOUS_IN_30_DAYS =
            TriggerRules.AccidentRule.parse("SERIOUS:2:P30D");

    @Test
    void twoSeriousAccidentsWithinThirtyDaysInOneCountyMeetTheTrigger() {
        var met = TriggerRules.accidents(
                List.of(
                        accident(1, "152921", AccidentLevel.SERIOUS, at(10, 1)),
                        accident(2, "152921", AccidentLevel.SERIOUS, at(10, 29))),
                List.of(TWO_SERIOUS_IN_30_DAYS),
                ZONE);

        assertThat(met).singleElement().satisfies(m -> {
            assertThat(m.trigger()).isEqualTo("ACCIDENTS_IN_WINDOW");
            assertThat(m.regionCode()).isEqualTo("152921");
            assertThat(m.facts()).hasSize(2);
            assertThat(m.rule()).isEqualTo("SERIOUS:2:P30D");
        });
    }

    @Test
    void anExtraSeriousAccidentCountsAsSeriousButALargerOneDoesNot() {
        assertThat(TriggerRules.accidents(
                        List.of(
                                accident(1, "152921", AccidentLevel.EXTRA_SERIOUS, at(10, 1)),
                                accident(2, "152921", AccidentLevel.SERIOUS, at(10, 5))),
                        List.of(TWO_SERIOUS_IN_30_DAYS),
                        ZONE))
                .hasSize(1);
        assertThat(TriggerRules.accidents(
                        List.of(
                                accident(1, "152921", AccidentLevel.LARGER, at(10, 1)),
                                accident(2, "152921", AccidentLevel.SERIOUS, at(10, 5))),
                        List.of(TWO_SERIOUS_IN_30_DAYS),
                        ZONE))
                .isEmpty();
    }

    @Test
    void accidentsFurtherApartThanTheWindowOrInTwoCountiesDoNotMeetIt() {
        assertThat(TriggerRules.accidents(
                        List.of(
                                accident(1, "152921", AccidentLevel.SERIOUS, at(9, 1)),
                                accident(2, "152921", AccidentLevel.SERIOUS, at(10, 2))),
                        List.of(TWO_SERIOUS_IN_30_DAYS),
                        ZONE))
                .isEmpty();
        assertThat(TriggerRules.accidents(
                        List.of(
                                accident(1, "152921", AccidentLevel.SERIOUS, at(10, 1)),
                                accident(2, "152922", AccidentLevel.SERIOUS, at(10, 2))),
                        List.of(TWO_SERIOUS_IN_30_DAYS),
                        ZONE))
                .isEmpty();
    }

    @Test
    void aRuleIsLevelCountAndPeriod() {
        var rule = TriggerRules.AccidentRule.parse("LARGER:2:P6M");
        assertThat(rule.atLeast()).isEqualTo(AccidentLevel.LARGER);
        assertThat(rule.count()).isEqualTo(2);
        assertThatIllegalArgumentException().isThrownBy(() -> TriggerRules.AccidentRule.parse("LARGER:0:P6M"));
        assertThatIllegalArgumentException().isThrownBy(() -> TriggerRules.AccidentRule.parse("LARGER:2"));
    }

    private static AccidentFact accident(long id, String region, AccidentLevel level, Instant at) {
        return new AccidentFact(id, "示例煤矿", region, "COAL_MINE", level, 10, 0, at, "采场", true);
    }

    private static Instant at(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(13, 0).atZone(ZONE).toInstant();
    }
}
