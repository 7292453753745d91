package org.safeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomDrawTests {

    @Test
    void theSameSeedAndPoolAlwaysDrawTheSameSampleWhateverTheOrderOfThePool() {
        var pool = List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L);
        var drawn = RandomDraw.sample(20261203L, pool, 3);
        assertThat(drawn).hasSize(3).doesNotHaveDuplicates();
        assertThat(RandomDraw.sample(20261203L, List.of(17L, 16L, 15L, 14L, 13L, 12L, 11L), 3))
                .isEqualTo(drawn);
    }

    @Test
    void theSampleIsTheLowestRanksAndAnyoneCanRecomputeThemFromTheSha256OfSeedColonCandidate() {
        var pool = List.of(1L, 2L, 3L, 4L, 5L);
        var byHand = pool.stream()
                .sorted(Comparator.comparing((Long c) -> RandomDraw.rank("42:" + c)))
                .limit(2)
                .toList();
        assertThat(RandomDraw.sample(42L, pool, 2)).isEqualTo(byHand);
        // the value `printf 42:1 | sha256sum` gives
        assertThat(RandomDraw.rank("42:1"))
                .isEqualTo("03ddf851127d6cfea095f121d263f759be49c8d23c1f4abaafd02cbea0ab19e0");
    }

    @Test
    void aSampleLargerThanItsPoolIsRefused() {
        assertThatThrownBy(() -> RandomDraw.sample(1L, List.of(1L, 2L), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
