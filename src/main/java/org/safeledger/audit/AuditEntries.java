package org.safeledger.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table. */
@Repository
class AuditEntries {

    /** Advisory-lock key of the chainer: one chainer at a time across all instances. */
    static final long CHAIN_LOCK = 0x5AFE_1ED6_E400_0001L;

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(Instant at, String actor, String action, String target, String detail) {
        jdbc.sql("INSERT INTO audit_entry (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, action, target, detail)
                .update();
    }

    /** Tries to become the chainer for this transaction; false when another instance is chaining. */
    boolean lockChain() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query(Boolean.class)
                .single();
    }

    @Nullable
    ChainHead head() {
        return jdbc.sql("SELECT chain_seq, hash FROM audit_entry WHERE chain_seq IS NOT NULL"
                        + " ORDER BY chain_seq DESC LIMIT 1")
                .query((rs, i) -> new ChainHead(rs.getLong("chain_seq"), rs.getString("hash")))
                .optional()
                .orElse(null);
    }

    List<Entry> unchained(int limit) {
        return jdbc.sql("SELECT id, at, actor, action, target, detail, chain_seq, prev_hash, hash FROM audit_entry"
                        + " WHERE chain_seq IS NULL ORDER BY id LIMIT ?")
                .param(limit)
                .query(AuditEntries::map)
                .list();
    }

    /** Writes a batch's chain positions and hashes in one statement. */
    void chain(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE audit_entry a SET chain_seq = v.seq, prev_hash = v.prev, hash = v.hash
                        FROM unnest(?, ?, ?, ?) AS v(id, seq, prev, hash) WHERE a.id = v.id""")
                .params(
                        links.stream().map(Link::id).toArray(Long[]::new),
                        links.stream().map(Link::seq).toArray(Long[]::new),
                        links.stream().map(Link::prevHash).toArray(String[]::new),
                        links.stream().map(Link::hash).toArray(String[]::new))
                .update();
    }

    /** An entry's place in the chain. */
    record Link(long id, long seq, String prevHash, String hash) {}

    /** Chained entries from a position on, in chain order. */
    List<Entry> chainedFrom(long fromSeq, int limit) {
        return jdbc.sql("SELECT id, at, actor, action, target, detail, chain_seq, prev_hash, hash FROM audit_entry"
                        + " WHERE chain_seq >= ? ORDER BY chain_seq LIMIT ?")
                .params(fromSeq, limit)
                .query(AuditEntries::map)
                .list();
    }

    long unchainedCount() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL")
                .query(Long.class)
                .single();
    }

    private static Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getObject("chain_seq", Long.class),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    record ChainHead(long seq, String hash) {}

    record Entry(
            long id,
            Instant at,
            String actor,
            String action,
            String target,
            String detail,
            @Nullable Long chainSeq,
            @Nullable String prevHash,
            @Nullable String hash) {}
}
