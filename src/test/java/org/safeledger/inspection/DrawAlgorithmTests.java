package org.safeledger.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The draw's published algorithm: deterministic, sensitive to seed and pool, honouring avoidances. */
class DrawAlgorithmTests {

    private static final List<Long> POOL = List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
    private static final List<Long> ROSTER = List.of(101L, 102L, 103L, 104L);

    @Test
    void theSameSeedPoolAndRosterGiveTheSameTeams() {
        var once = DrawAlgorithm.draw(42, POOL, ROSTER, 3, 2, Map.of());
        var pool = new java.util.ArrayList<>(POOL);
        java.util.Collections.reverse(pool);
        var roster = new java.util.ArrayList<>(ROSTER);
        java.util.Collections.reverse(roster);
        var again = DrawAlgorithm.draw(42, pool, roster, 3, 2, Map.of());
        assertThat(again).isEqualTo(once);
        assertThat(once)
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.inspectorIds()).hasSize(2).doesNotHaveDuplicates());
        assertThat(once.stream().map(DrawAlgorithm.Team::enterpriseId))
                .doesNotHaveDuplicates()
                .isSubsetOf(POOL);
    }

    @Test
    void theDrawnAreTheLowestRanksAsPublished() {
        var teams = DrawAlgorithm.draw(7, POOL, ROSTER, 2, 2, Map.of());
        var byRank = POOL.stream()
                .sorted(java.util.Comparator.comparing((Long e) -> DrawAlgorithm.rank("7:" + e)))
                .limit(2)
                .toList();
        assertThat(teams.stream().map(DrawAlgorithm.Team::enterpriseId).toList())
                .isEqualTo(byRank);
        // SHA-256 of "7:11", as any tool computes it
        assertThat(DrawAlgorithm.rank("7:11")).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anotherSeedOrAnotherPoolGivesAnotherDraw() {
        var base = DrawAlgorithm.draw(1, POOL, ROSTER, 5, 2, Map.of());
        int differing = 0;
        for (long seed = 2; seed < 12; seed++) {
            if (!DrawAlgorithm.draw(seed, POOL, ROSTER, 5, 2, Map.of()).equals(base)) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThanOrEqualTo(9);
        var smaller = POOL.stream().filter(e -> e != base.get(0).enterpriseId()).toList();
        assertThat(DrawAlgorithm.draw(1, smaller, ROSTER, 5, 2, Map.of())).isNotEqualTo(base);
    }

    @Test
    void anInspectorIsNotSentBackWhileOthersCanGo() {
        var free = DrawAlgorithm.draw(3, POOL, ROSTER, 10, 2, Map.of());
        var first = free.get(0);
        var avoided = first.inspectorIds().get(0);
        var teams = DrawAlgorithm.draw(3, POOL, ROSTER, 10, 2, Map.of(first.enterpriseId(), Set.of(avoided)));
        var team = teams.stream()
                .filter(t -> t.enterpriseId() == first.enterpriseId())
                .findFirst()
                .orElseThrow();
        assertThat(team.inspectorIds()).doesNotContain(avoided).hasSize(2);
        assertThat(team.relaxed()).isFalse();
        // everyone to be avoided: the team is still sent, marked relaxed
        var all = Set.copyOf(ROSTER);
        var relaxed = DrawAlgorithm.draw(3, POOL, ROSTER, 1, 2, Map.of(first.enterpriseId(), all));
        assertThat(relaxed.get(0).relaxed()).isTrue();
        assertThat(relaxed.get(0).inspectorIds()).hasSize(2);
    }

    @Test
    void aDrawLargerThanThePoolOrATeamLargerThanTheRosterIsRefused() {
        assertThatThrownBy(() -> DrawAlgorithm.draw(1, POOL, ROSTER, 11, 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawAlgorithm.draw(1, POOL, ROSTER, 1, 5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
