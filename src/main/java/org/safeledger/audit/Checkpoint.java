package org.safeledger.audit;

import java.nio.charset.StandardCharsets;

/**
 * A signed statement of the chain's state: positions {@code from..seq} hold, in order, the entries {@code ids}
 * (ranges, "12-40,42"), the link at {@code seq} has {@code hash}, and positions up to {@code legacyUntil} were made
 * before keys existed. Whoever keeps these lines can later prove that an entry was deleted or a run re-hashed.
 */
record Checkpoint(long from, long seq, String ids, String hash, long legacyUntil, String at, String sig) {

    /** The bytes the signature covers. */
    byte[] signed() {
        return String.join(
                        "\n",
                        "safeledger-audit-checkpoint-v1",
                        Long.toString(from),
                        Long.toString(seq),
                        ids,
                        hash,
                        Long.toString(legacyUntil),
                        at)
                .getBytes(StandardCharsets.UTF_8);
    }

    Checkpoint signedWith(String signature) {
        return new Checkpoint(from, seq, ids, hash, legacyUntil, at, signature);
    }

    /** The entry ids of positions from..seq, expanded from the ranges. */
    long[] entryIds() {
        var out = new long[(int) (seq - from + 1)];
        int i = 0;
        for (var range : ids.split(",")) {
            if (range.isEmpty()) {
                continue;
            }
            int dash = range.indexOf('-');
            long first = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
            long last = dash < 0 ? first : Long.parseLong(range.substring(dash + 1));
            for (long id = first; id <= last && i < out.length; id++) {
                out[i++] = id;
            }
        }
        if (i != out.length) {
            throw new IllegalArgumentException("checkpoint ranges do not cover " + from + ".." + seq);
        }
        return out;
    }
}
