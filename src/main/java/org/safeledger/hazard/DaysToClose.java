package org.safeledger.hazard;

import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/** The median of the whole days hazards took to close, from their counts by days (the closed rollup's histogram). */
final class DaysToClose {

    private DaysToClose() {}

    /**
     * The middle value of the closures sorted by days; with an even number, the mean of the two middle ones; null
     * when there is none.
     */
    static @Nullable Double median(SortedMap<Integer, Long> countsByDays) {
        long total = countsByDays.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lower = (total - 1) / 2; // zero-based ranks of the middle value(s)
        long upper = total / 2;
        Integer lowerValue = null;
        long seen = 0;
        for (var entry : countsByDays.entrySet()) {
            seen += entry.getValue();
            if (lowerValue == null && seen > lower) {
                lowerValue = entry.getKey();
            }
            if (seen > upper) {
                return (lowerValue + entry.getKey()) / 2.0;
            }
        }
        throw new IllegalStateException("counts changed while read");
    }
}
