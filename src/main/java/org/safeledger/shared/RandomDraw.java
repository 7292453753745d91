package org.safeledger.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The published, reproducible random draw every sample of the platform uses (the double-random inspection draw, a
 * tour's re-inspection sample): each candidate {@code c} gets the rank {@code SHA-256("<seed>:<c>")} in lower-case
 * hex of the UTF-8 text, and the {@code count} lowest ranks are drawn, in rank order. Anyone holding the seed and
 * the pool can re-run it by hand or in a spreadsheet.
 */
public final class RandomDraw {

    private RandomDraw() {}

    /** The {@code count} candidates of the pool with the lowest ranks under the seed, lowest first. */
    public static List<Long> sample(long seed, List<Long> pool, int count) {
        if (count < 0 || count > pool.stream().distinct().count()) {
            throw new IllegalArgumentException("count " + count + " outside the pool of " + pool.size());
        }
        return pool.stream()
                .distinct()
                .sorted(Comparator.comparing((Long c) -> rank(seed + ":" + c)))
                .limit(count)
                .toList();
    }

    /** The rank of a key: its SHA-256 in lower-case hex. */
    public static String rank(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
