package org.safeledger.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table, its queue (audit_pending) and its chain (audit_link). */
@Repository
class AuditEntries {

    /** Advisory-lock key of the chainer: one chainer at a time across all instances. */
    static final long CHAIN_LOCK = 0x5AFE_1ED6_E400_0001L;

    private static final String LINKED = """
            SELECT l.seq, l.entry_id, l.key_id, l.prev_hash, l.hash, e.at, e.actor, e.action, e.target, e.detail
            FROM audit_link l LEFT JOIN audit_entry e ON e.id = l.entry_id""";

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
    Link head() {
        return jdbc.sql(LINKED + " ORDER BY l.seq DESC LIMIT 1")
                .query(AuditEntries::link)
                .optional()
                .orElse(null);
    }

    /** Committed entries waiting for their link, in id order. */
    List<Entry> pending(int limit) {
        return jdbc.sql("SELECT e.id, e.at, e.actor, e.action, e.target, e.detail FROM audit_pending p"
                        + " JOIN audit_entry e ON e.id = p.entry_id ORDER BY p.entry_id LIMIT ?")
                .param(limit)
                .query((rs, i) -> entry(rs, rs.getLong("id")))
                .list();
    }

    /** Inserts a batch's links and takes their entries off the queue. */
    void link(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO audit_link (seq, entry_id, key_id, prev_hash, hash)
                        SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[])""")
                .params(
                        links.stream().map(Link::seq).toArray(Long[]::new),
                        links.stream().map(Link::entryId).toArray(Long[]::new),
                        links.stream().map(Link::keyId).toArray(String[]::new),
                        links.stream().map(Link::prevHash).toArray(String[]::new),
                        links.stream().map(Link::hash).toArray(String[]::new))
                .update();
        jdbc.sql("DELETE FROM audit_pending WHERE entry_id = ANY(?)")
                .param(links.stream().map(Link::entryId).toArray(Long[]::new))
                .update();
    }

    /** Links from a position on, in chain order, each with its entry (null when the entry is gone). */
    List<Link> chainedFrom(long fromSeq, int limit) {
        return jdbc.sql(LINKED + " WHERE l.seq >= ? ORDER BY l.seq LIMIT ?")
                .params(fromSeq, limit)
                .query(AuditEntries::link)
                .list();
    }

    /** The entry ids of the links after a position, in chain order, for a checkpoint. */
    void entryIdsAfter(long seq, Consumer<long[]> seqAndId) {
        jdbc.sql("SELECT seq, entry_id FROM audit_link WHERE seq > ? ORDER BY seq")
                .param(seq)
                .query(rs -> {
                    seqAndId.accept(new long[] {rs.getLong(1), rs.getLong(2)});
                });
    }

    /** The last position made with the unkeyed hash (0 when none). */
    long lastLegacySeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_link WHERE key_id = ?")
                .param(ChainHash.LEGACY)
                .query(Long.class)
                .single();
    }

    long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM audit_pending").query(Long.class).single();
    }

    /** The first entry that is neither linked nor queued (taken off the queue by hand), if any. */
    @Nullable
    Long firstUnqueued() {
        return jdbc.sql("""
                        SELECT min(e.id) FROM audit_entry e
                        WHERE NOT EXISTS (SELECT 1 FROM audit_link l WHERE l.entry_id = e.id)
                          AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.entry_id = e.id)""").query(Long.class).optional().orElse(null);
    }

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long entryId = rs.getLong("entry_id");
        return new Link(
                rs.getLong("seq"),
                entryId,
                rs.getString("key_id"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getTimestamp("at") == null ? null : entry(rs, entryId));
    }

    private static Entry entry(java.sql.ResultSet rs, long id) throws java.sql.SQLException {
        return new Entry(
                id,
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"));
    }

    /** An entry's place in the chain, with the entry when it still exists. */
    record Link(
            long seq,
            long entryId,
            String keyId,
            String prevHash,
            String hash,
            @Nullable Entry entry) {}

    record Entry(long id, Instant at, String actor, String action, String target, String detail) {}
}
