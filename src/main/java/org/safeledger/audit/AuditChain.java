package org.safeledger.audit;

import java.util.ArrayList;
import org.safeledger.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains appended entries. Writers only insert (a trigger queues each entry); this, alone (an advisory lock makes it
 * one chainer across instances), gives each queued entry the next chain position and a keyed link
 * ({@link ChainHash}), a batch at a time, once a second and before every verification (ADR 0006, ADR 0008).
 */
@Service
public class AuditChain {

    private static final int BATCH = 1_000;

    private final AuditEntries entries;
    private final AuditKeys keys;
    private final AuditVerification verification;
    private final TransactionTemplate transactions;

    AuditChain(AuditEntries entries, AuditKeys keys, AuditVerification verification, TransactionTemplate transactions) {
        this.entries = entries;
        this.keys = keys;
        this.verification = verification;
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
        var pending = entries.pending(BATCH);
        var head = entries.head();
        long seq = head == null ? 0 : head.seq();
        String previous = head == null ? ChainHash.GENESIS : head.hash();
        var keyId = keys.currentId();
        var links = new ArrayList<AuditEntries.Link>(pending.size());
        for (var entry : pending) {
            seq++;
            var hash = ChainHash.of(keys, keyId, previous, seq, entry);
            links.add(new AuditEntries.Link(seq, entry.id(), keyId, previous, hash, entry));
            previous = hash;
        }
        entries.link(links);
        return pending.size();
    }

    /** Chains what is pending, then verifies the whole chain against its signed checkpoints. */
    public AuditVerification.Result verify(Actor actor) {
        actor.require(org.safeledger.shared.Permission.AUDIT_VERIFY);
        chainPending();
        return verification.run();
    }
}
