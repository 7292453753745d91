package org.safeledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains appended entries and verifies the chain. Writers only insert; this, alone (an advisory lock makes it
 * one chainer across instances), gives each new entry the next chain position and
 * {@code hash = SHA-256(previous hash, position, entry)}, a batch at a time, once a second and before every
 * verification. Verification recomputes every hash from the stored content and reports the first entry whose
 * stored hash or link does not match.
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 1_000;

    private final AuditEntries entries;
    private final TransactionTemplate transactions;

    AuditChain(AuditEntries entries, TransactionTemplate transactions) {
        this.entries = entries;
        this.transactions = transactions;
    }

    /** Chains everything appended so far; returns how many entries it chained. */
    @Scheduled(fixedDelayString = "${safeledger.audit.chain-interval:PT1S}")
    public int chainPending() {
        int total = 0;
        int chained;
        do {
            chained = transactions.execute(status -> chainBatch());
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    private int chainBatch() {
        if (!entries.lockChain()) {
            return 0;
        }
        var pending = entries.unchained(BATCH);
        var head = entries.head();
        long seq = head == null ? 0 : head.seq();
        String previous = head == null ? GENESIS : head.hash();
        var links = new java.util.ArrayList<AuditEntries.Link>(pending.size());
        for (var entry : pending) {
            seq++;
            var hash = hash(previous, seq, entry);
            links.add(new AuditEntries.Link(entry.id(), seq, previous, hash));
            previous = hash;
        }
        entries.chain(links);
        return pending.size();
    }

    public Verification verify(Actor actor) {
        actor.require(Permission.AUDIT_VERIFY);
        chainPending();
        long checked = 0;
        String previous = GENESIS;
        long nextSeq = 1;
        while (true) {
            var batch = entries.chainedFrom(nextSeq, BATCH);
            for (var entry : batch) {
                boolean linked = entry.chainSeq() == nextSeq && previous.equals(entry.prevHash());
                if (!linked || !hash(previous, entry.chainSeq(), entry).equals(entry.hash())) {
                    return new Verification(false, checked, entry.id(), entry.chainSeq(), entries.unchainedCount());
                }
                previous = entry.hash();
                nextSeq++;
                checked++;
            }
            if (batch.size() < BATCH) {
                return new Verification(true, checked, null, null, entries.unchainedCount());
            }
        }
    }

    static String hash(String previous, long seq, AuditEntries.Entry entry) {
        var text = String.join(
                "\n",
                previous,
                Long.toString(seq),
                Long.toString(entry.at().getEpochSecond()),
                Integer.toString(entry.at().getNano() / 1000),
                entry.actor(),
                entry.action(),
                entry.target(),
                entry.detail());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * The outcome of a verification (api.md: {@code valid}, {@code events}, {@code firstBrokenAt}).
     *
     * @param events how many chained entries verified before the end or the first break
     * @param firstBrokenAt the id of the first entry whose content or link does not match, if any
     * @param firstBrokenSeq its chain position
     * @param pending entries appended while verifying, to be chained next
     */
    public record Verification(
            boolean valid,
            long events,
            @Nullable Long firstBrokenAt,
            @Nullable Long firstBrokenSeq,
            long pending) {}
}
