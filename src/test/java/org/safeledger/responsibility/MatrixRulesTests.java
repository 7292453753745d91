package org.safeledger.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;

/** 党政同责、一岗双责 as data: who answers for a sector on a day, and how a post's history is kept. */
class MatrixRulesTests {

    private static final LocalDate ACCIDENT = LocalDate.of(2023, 2, 22);

    private static LeaderPost post(long id, MatrixRole role, Set<Sector> sectors, Holding... holdings) {
        return new LeaderPost(id, "152921", role, role.name(), sectors, List.of(holdings), 0);
    }

    private static Holding held(long person, LocalDate from, LocalDate to) {
        return new Holding(person, person, "P" + person, from, to);
    }

    private static final List<LeaderPost> BANNER = List.of(
            post(1, MatrixRole.PARTY_SECRETARY, Set.of(), held(11, LocalDate.of(2021, 6, 1), null)),
            post(2, MatrixRole.GOVERNMENT_HEAD, Set.of(), held(12, LocalDate.of(2022, 1, 1), null)),
            post(
                    3,
                    MatrixRole.SAFETY_LEADER,
                    Set.of(Sector.COAL_MINE),
                    held(13, LocalDate.of(2021, 6, 1), LocalDate.of(2024, 3, 31)),
                    held(14, LocalDate.of(2024, 4, 1), null)),
            post(4, MatrixRole.SECTOR_LEADER, Set.of(Sector.ROAD_TRAFFIC), held(15, LocalDate.of(2022, 1, 1), null)));

    private static List<Long> people(List<Holding> holdings) {
        return holdings.stream().map(Holding::personId).toList();
    }

    @Test
    void aSectorIsAnsweredForByBothFirstResponsibleLeadersAndTheLeaderInChargeOfIt() {
        assertThat(people(MatrixRules.accountable(BANNER, Sector.ROAD_TRAFFIC, LocalDate.of(2026, 12, 1))))
                .containsExactly(11L, 12L, 15L);
    }

    @Test
    void theLeaderInChargeOfWorkSafetyAnswersForASectorNoOneElseHas() {
        assertThat(people(MatrixRules.accountable(BANNER, Sector.TOWN_GAS, LocalDate.of(2026, 12, 1))))
                .containsExactly(11L, 12L, 14L);
        assertThat(people(MatrixRules.accountable(BANNER, null, LocalDate.of(2026, 12, 1))))
                .containsExactly(11L, 12L, 14L);
    }

    @Test
    void onAPastDayTheHoldersOfThatDayAnswerNotTodays() {
        assertThat(people(MatrixRules.accountable(BANNER, Sector.COAL_MINE, ACCIDENT)))
                .containsExactly(11L, 12L, 13L);
        assertThat(people(MatrixRules.accountable(BANNER, Sector.COAL_MINE, LocalDate.of(2021, 12, 31))))
                .as("before the head took office")
                .containsExactly(11L, 13L);
    }

    @Test
    void aSuccessorsTermEndsThePredecessorsTheDayBefore() {
        var post =
                post(5, MatrixRole.SECTOR_LEADER, Set.of(Sector.FIRE_SAFETY), held(21, LocalDate.of(2022, 1, 1), null));
        post.appoint(22, "P22", LocalDate.of(2026, 7, 1));

        assertThat(post.holderOn(LocalDate.of(2026, 6, 30)))
                .hasValueSatisfying(h -> assertThat(h.personId()).isEqualTo(21L));
        assertThat(post.holderOn(LocalDate.of(2026, 7, 1)))
                .hasValueSatisfying(h -> assertThat(h.personId()).isEqualTo(22L));
        assertThat(post.holdings()).hasSize(2);
    }

    @Test
    void historyIsAppendedToNeverRewritten() {
        var post =
                post(5, MatrixRole.SECTOR_LEADER, Set.of(Sector.FIRE_SAFETY), held(21, LocalDate.of(2022, 1, 1), null));

        assertThatThrownBy(() -> post.appoint(22, "P22", LocalDate.of(2021, 12, 31)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.matrix.fromTooEarly");
        assertThat(post.holdings()).hasSize(1);
    }

    @Test
    void aVacatedPostHasNoHolderAfterItsLastDay() {
        var post =
                post(5, MatrixRole.SECTOR_LEADER, Set.of(Sector.FIRE_SAFETY), held(21, LocalDate.of(2022, 1, 1), null));
        post.vacate(LocalDate.of(2026, 5, 31));

        assertThat(post.holderOn(LocalDate.of(2026, 5, 31))).isPresent();
        assertThat(post.holderOn(LocalDate.of(2026, 6, 1))).isEmpty();
        assertThatThrownBy(() -> post.vacate(LocalDate.of(2026, 6, 2))).isInstanceOf(InvalidInputException.class);
    }
}
