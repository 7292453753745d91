package org.safeledger.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain: every link recomputed from its entry with its key, in position order, against the signed
 * checkpoints kept outside the database. The first position that fails is reported by the id of its entry — the
 * entry that was altered, or the one the checkpoints say stood there and is gone (a deleted tail, a deleted row, a
 * link re-pointed). An entry neither linked nor queued (taken off the queue) fails too.
 */
@Component
public class AuditVerification {

    private static final int BATCH = 1_000;

    private final AuditEntries entries;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    AuditVerification(AuditEntries entries, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.entries = entries;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    Result run() {
        var signed = checkpoints.read();
        for (var checkpoint : signed) {
            if (!checkpoints.verifies(checkpoint)) {
                return Result.broken(0, checkpoint.from(), checkpoint.from(), "CHECKPOINT_FORGED", signed.size(), 0);
            }
        }
        var expected = new Expected(signed);
        long pending = entries.pendingCount();
        String previous = ChainHash.GENESIS;
        long seq = 1;
        long checked = 0;
        while (true) {
            var batch = entries.chainedFrom(seq, BATCH);
            for (var link : batch) {
                if (link.seq() != seq) {
                    return Result.broken(checked, expected.idAt(seq), seq, "MISSING", signed.size(), pending);
                }
                var failure = check(link, previous, expected);
                if (failure != null) {
                    return Result.broken(checked, failure.entryId, seq, failure.reason, signed.size(), pending);
                }
                previous = link.hash();
                seq++;
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (seq <= expected.lastSeq()) {
            return Result.broken(checked, expected.idAt(seq), seq, "MISSING", signed.size(), pending);
        }
        var unqueued = entries.firstUnqueued();
        if (unqueued != null) {
            return Result.broken(checked, unqueued, null, "UNCHAINED", signed.size(), pending);
        }
        return new Result(true, checked, null, null, null, signed.size(), pending);
    }

    private @Nullable Failure check(AuditEntries.Link link, String previous, Expected expected) {
        Long standing = expected.idAt(link.seq());
        if (standing != null && standing != link.entryId()) {
            return new Failure(standing, "MISSING");
        }
        if (link.entry() == null) {
            return new Failure(link.entryId(), "MISSING");
        }
        boolean legacyAllowed = link.seq() <= expected.legacyUntil(link.seq());
        if (ChainHash.LEGACY.equals(link.keyId()) && !legacyAllowed) {
            return new Failure(link.entryId(), "ALTERED");
        }
        if (!ChainHash.LEGACY.equals(link.keyId()) && !keys.has(link.keyId())) {
            return new Failure(link.entryId(), "UNKNOWN_KEY");
        }
        if (!previous.equals(link.prevHash())
                || !ChainHash.of(keys, link.keyId(), previous, link.seq(), link.entry())
                        .equals(link.hash())) {
            return new Failure(link.entryId(), "ALTERED");
        }
        var hash = expected.hashAt(link.seq());
        if (hash != null && !hash.equals(link.hash())) {
            return new Failure(link.entryId(), "ALTERED");
        }
        return null;
    }

    private record Failure(long entryId, String reason) {}

    /** What the checkpoints say stood at each position they cover. */
    private static final class Expected {
        private final List<Checkpoint> checkpoints;
        private int index;
        private long[] ids = new long[0];

        Expected(List<Checkpoint> checkpoints) {
            this.checkpoints = checkpoints;
        }

        long lastSeq() {
            return checkpoints.isEmpty()
                    ? 0
                    : checkpoints.get(checkpoints.size() - 1).seq();
        }

        /** Positions up to which unkeyed links are allowed (all, before the first checkpoint). */
        long legacyUntil(long seq) {
            return checkpoints.isEmpty() ? Long.MAX_VALUE : checkpoints.get(0).legacyUntil();
        }

        @Nullable
        Long idAt(long seq) {
            var checkpoint = covering(seq);
            return checkpoint == null ? null : ids[(int) (seq - checkpoint.from())];
        }

        @Nullable
        String hashAt(long seq) {
            var checkpoint = covering(seq);
            return checkpoint != null && checkpoint.seq() == seq ? checkpoint.hash() : null;
        }

        private @Nullable Checkpoint covering(long seq) {
            // positions are asked in increasing order: walk forward, expanding one checkpoint at a time
            while (index < checkpoints.size() && checkpoints.get(index).seq() < seq) {
                index++;
                ids = new long[0];
            }
            if (index >= checkpoints.size() || checkpoints.get(index).from() > seq) {
                return null;
            }
            var checkpoint = checkpoints.get(index);
            if (ids.length == 0) {
                ids = checkpoint.entryIds();
            }
            return checkpoint;
        }
    }

    /**
     * The outcome (api.md: {@code valid}, {@code events}, {@code firstBrokenAt}).
     *
     * @param events how many links verified before the end or the first break
     * @param firstBrokenAt the id of the first entry altered or missing, if any
     * @param firstBrokenSeq its chain position
     * @param reason ALTERED, MISSING, UNCHAINED, UNKNOWN_KEY or CHECKPOINT_FORGED
     * @param checkpoints how many signed checkpoints were checked against
     * @param pending entries appended while verifying, to be chained next
     */
    public record Result(
            boolean valid,
            long events,
            @Nullable Long firstBrokenAt,
            @Nullable Long firstBrokenSeq,
            @Nullable String reason,
            int checkpoints,
            long pending) {

        static Result broken(
                long events, @Nullable Long entryId, @Nullable Long seq, String reason, int checkpoints, long pending) {
            return new Result(false, events, entryId, seq, reason, checkpoints, pending);
        }
    }
}
