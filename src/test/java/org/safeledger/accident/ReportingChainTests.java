package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.RegionCode;

/** The chain's steps, deadlines and states, as a function of the recorded facts and the time. */
class ReportingChainTests {

    private static final Instant T0 = Instant.parse("2026-02-22T05:12:00Z");
    private static final RegionCode BANNER = new RegionCode("152921");

    private static List<ChainStep> chain(
            AccidentLevel level, Map<ReportStep, ReportingChain.Recorded> recorded, Instant now) {
        var reached = new EnumMap<AccidentLevel, Instant>(AccidentLevel.class);
        for (var l : AccidentLevel.values()) {
            if (l.ordinal() <= level.ordinal()) {
                reached.put(l, T0.plusSeconds(600));
            }
        }
        return chain(level, reached, recorded, now);
    }

    private static List<ChainStep> chain(
            AccidentLevel level,
            Map<AccidentLevel, Instant> reached,
            Map<ReportStep, ReportingChain.Recorded> recorded,
            Instant now) {
        return ReportingChain.steps(
                BANNER, T0, level, reached, recorded, now, Duration.ofHours(1), Duration.ofHours(2));
    }

    private static ReportingChain.Recorded sentAndReceived(Instant sent, Instant received) {
        return new ReportingChain.Recorded(sent, "a", received, "b", Set.of(NotifiedParty.POLICE));
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aGeneralAccidentGoesToTheCountyAndThePrefectureALargerOneToTheProvinceASeriousOneToTheStateCouncil() {
        assertThat(chain(AccidentLevel.GENERAL, Map.of(), T0).stream().map(ChainStep::step))
                .containsExactly(ReportStep.COUNTY, ReportStep.PREFECTURE);
        assertThat(chain(AccidentLevel.LARGER, Map.of(), T0).stream().map(ChainStep::step))
                .containsExactly(ReportStep.COUNTY, ReportStep.PREFECTURE, ReportStep.PROVINCE);
        var serious = chain(AccidentLevel.SERIOUS, Map.of(), T0);
        assertThat(serious.stream().map(ChainStep::step)).containsExactly(ReportStep.values());
        assertThat(serious.stream().map(ChainStep::regionCode)).containsExactly("152921", "152900", "150000", "000000");
    }

    @Test
    void theCountyIsDueWithinTheHourAndEachLevelTwoHoursAfterItsPredecessorWasReceived() {
        var recorded = new EnumMap<ReportStep, ReportingChain.Recorded>(ReportStep.class);
        recorded.put(ReportStep.COUNTY, sentAndReceived(at(40), at(50)));
        recorded.put(ReportStep.PREFECTURE, sentAndReceived(at(170), at(175)));
        var steps = chain(AccidentLevel.LARGER, recorded, at(200));
        assertThat(steps.get(0).dueAt()).isEqualTo(at(60));
        assertThat(steps.get(0).state()).isEqualTo(ChainStep.State.ON_TIME);
        assertThat(steps.get(1).dueAt()).isEqualTo(at(50 + 120));
        assertThat(steps.get(1).state()).isEqualTo(ChainStep.State.ON_TIME); // sent exactly at the deadline
        assertThat(steps.get(2).dueAt()).isEqualTo(at(175 + 120));
        assertThat(steps.get(2).state()).isEqualTo(ChainStep.State.PENDING);
        assertThat(chain(AccidentLevel.LARGER, recorded, at(296)).get(2).state())
                .isEqualTo(ChainStep.State.OVERDUE);
    }

    @Test
    void aReportAfterItsDeadlineIsLateAndAnUnreceivedStepRunsFromItsDeadline() {
        var recorded = Map.of(ReportStep.COUNTY, new ReportingChain.Recorded(at(61), "a", null, null, Set.of()));
        var steps = chain(AccidentLevel.GENERAL, recorded, at(100));
        assertThat(steps.get(0).state()).isEqualTo(ChainStep.State.LATE);
        assertThat(steps.get(0).alarming()).isTrue();
        assertThat(steps.get(1).dueAt()).isEqualTo(at(60 + 120));
    }

    @Test
    void aStepPassedOverIsSkipped() {
        var recorded = new EnumMap<ReportStep, ReportingChain.Recorded>(ReportStep.class);
        recorded.put(ReportStep.COUNTY, sentAndReceived(at(10), at(20)));
        recorded.put(ReportStep.PROVINCE, new ReportingChain.Recorded(at(30), "a", null, null, Set.of()));
        var steps = chain(AccidentLevel.LARGER, recorded, at(40));
        assertThat(steps.get(1).state()).isEqualTo(ChainStep.State.SKIPPED);
        assertThat(steps.get(2).state()).isEqualTo(ChainStep.State.ON_TIME);
    }

    @Test
    void aStepTheLevelRequiresOnlyLaterIsOwedFromWhenItDid() {
        var recorded = new EnumMap<ReportStep, ReportingChain.Recorded>(ReportStep.class);
        recorded.put(ReportStep.COUNTY, sentAndReceived(at(10), at(20)));
        recorded.put(ReportStep.PREFECTURE, sentAndReceived(at(30), at(40)));
        var reached = new EnumMap<AccidentLevel, Instant>(AccidentLevel.class);
        reached.put(AccidentLevel.GENERAL, at(0));
        reached.put(AccidentLevel.LARGER, at(3 * 24 * 60)); // three days later, a missing person found dead
        var steps = chain(AccidentLevel.LARGER, reached, recorded, at(3 * 24 * 60 + 60));
        assertThat(steps.get(2).dueAt()).isEqualTo(at(3 * 24 * 60 + 120));
        assertThat(steps.get(2).state()).isEqualTo(ChainStep.State.PENDING);
    }

    @Test
    void aStepRecordedBeforeTheLevelFellIsShownAsNotRequired() {
        var recorded = new EnumMap<ReportStep, ReportingChain.Recorded>(ReportStep.class);
        recorded.put(ReportStep.COUNTY, sentAndReceived(at(10), at(20)));
        recorded.put(ReportStep.PROVINCE, new ReportingChain.Recorded(at(30), "a", null, null, Set.of()));
        var steps = chain(AccidentLevel.GENERAL, recorded, at(40));
        assertThat(steps.stream().map(ChainStep::step))
                .containsExactly(ReportStep.COUNTY, ReportStep.PREFECTURE, ReportStep.PROVINCE);
        assertThat(steps.get(2).state()).isEqualTo(ChainStep.State.NOT_REQUIRED);
    }
}
