package org.safeledger.tour;

import java.time.Instant;
import java.util.List;
import org.safeledger.shared.RandomDraw;

/**
 * A re-inspection sample: the seed, the pool (the tour's items closed when it was drawn), its size and the items
 * drawn by the platform's published draw ({@link RandomDraw}): anyone holding seed and pool can draw it again.
 */
public record TourSample(
        long id, long seed, List<Long> pool, int size, List<Long> drawn, String drawnBy, Instant drawnAt) {

    public TourSample {
        pool = List.copyOf(pool);
        drawn = List.copyOf(drawn);
    }

    /** The draw run again over the recorded seed, pool and size. */
    public List<Long> redrawn() {
        return RandomDraw.sample(seed, pool, size);
    }
}
