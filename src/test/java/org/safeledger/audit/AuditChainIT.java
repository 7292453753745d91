package org.safeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Owner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The operation log holds every write; the application cannot change it; and whoever can (the schema's owner, a
 * superuser) cannot alter, delete or re-hash entries without verification naming the first one affected.
 */
@IntegrationTest
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditKeys keys;

    @Test
    void aWriteIsLoggedAndTheChainVerifies() {
        var code = CreditCodes.fresh("152921");
        var created = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"审计测试（测试）","creditCode":"%s","regionCode":"152921","sector":"TOWN_GAS","address":"x"}""".formatted(code));
        long id = created.json().get("id").asLong();

        var verification = verify();

        assertThat(verification.get("valid").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("events").asLong()).isPositive();
        var logged = jdbc.sql("SELECT count(*) FROM audit_entry e JOIN audit_link l ON l.entry_id = e.id"
                        + " WHERE e.action = 'enterprise.register' AND e.target = ? AND e.actor = 'admin'"
                        + " AND e.detail LIKE ? AND l.key_id = ?")
                .params("enterprise:" + id, "%" + code + "%", keys.currentId())
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(1);
        assertThat(Api.at(port).as("inspector").get("/api/v1/audit/verify").status())
                .isEqualTo(403);
    }

    @Test
    void theApplicationsRoleCannotChangeOrDeleteAnEntryAndTheTriggersStopTheOwner() {
        long any = jdbc.sql("SELECT min(id) FROM audit_entry").query(Long.class).single();
        var owner = Owner.jdbc(context);

        assertThat(catchThrowable(() -> jdbc.sql("UPDATE audit_entry SET detail = '{}' WHERE id = ?")
                        .param(any)
                        .update()))
                .hasStackTraceContaining("permission denied");
        assertThat(catchThrowable(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?")
                        .param(any)
                        .update()))
                .hasStackTraceContaining("permission denied");
        assertThat(catchThrowable(() -> jdbc.sql("DELETE FROM audit_link").update()))
                .hasStackTraceContaining("permission denied");
        assertThat(catchThrowable(() -> jdbc.sql("TRUNCATE audit_entry").update()))
                .hasStackTraceContaining("permission denied");
        assertThat(catchThrowable(() -> owner.sql("UPDATE audit_entry SET detail = '{}' WHERE id = ?")
                        .param(any)
                        .update()))
                .hasStackTraceContaining("append-only");
        assertThat(catchThrowable(() -> owner.sql("DELETE FROM audit_link WHERE entry_id = ?")
                        .param(any)
                        .update()))
                .hasStackTraceContaining("cannot be deleted");
    }

    @Test
    void alteringAStoredEntryIsDetectedAtThatEntry() throws Exception {
        var written = writeAndCheckpoint(1);
        long victim = written.get(0).entryId();
        var original = detailOf(victim);

        try (var tamper = new Tamper()) {
            tamper.exec("UPDATE audit_entry SET detail = ? WHERE id = ?", original.replace("审计", "无事"), victim);
            var broken = verify();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenAt").asLong()).isEqualTo(victim);
            assertThat(broken.get("reason").asString()).isEqualTo("ALTERED");
            tamper.exec("UPDATE audit_entry SET detail = ? WHERE id = ?", original, victim);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void deletingTheLastEntriesIsDetectedAtTheFirstOneDeleted() throws Exception {
        var written = writeAndCheckpoint(3);
        var entries = written.stream().map(l -> l.entry()).toList();

        try (var tamper = new Tamper()) {
            for (var link : written) {
                tamper.exec("DELETE FROM audit_link WHERE seq = ?", link.seq());
                tamper.exec("DELETE FROM audit_entry WHERE id = ?", link.entryId());
            }
            var broken = verify();
            assertThat(broken.get("valid").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("firstBrokenAt").asLong())
                    .isEqualTo(written.get(0).entryId());
            assertThat(broken.get("firstBrokenSeq").asLong())
                    .isEqualTo(written.get(0).seq());
            assertThat(broken.get("reason").asString()).isEqualTo("MISSING");
            for (int i = 0; i < written.size(); i++) {
                var e = entries.get(i);
                var link = written.get(i);
                tamper.exec(
                        "INSERT INTO audit_entry (id, at, actor, action, target, detail) OVERRIDING SYSTEM VALUE"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        e.id(),
                        java.sql.Timestamp.from(e.at()),
                        e.actor(),
                        e.action(),
                        e.target(),
                        e.detail());
                tamper.exec(
                        "INSERT INTO audit_link (seq, entry_id, key_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?)",
                        link.seq(),
                        link.entryId(),
                        link.keyId(),
                        link.prevHash(),
                        link.hash());
            }
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void reHashingARunOfEntriesWithoutTheKeyIsDetectedAtTheFirstOne() throws Exception {
        var written = writeAndCheckpoint(3);

        try (var tamper = new Tamper()) {
            // the attacker rewrites three entries and recomputes their links the only way one can without the key
            String previous = written.get(0).prevHash();
            for (var link : written) {
                var forged = new AuditEntries.Entry(
                        link.entryId(),
                        link.entry().at(),
                        link.entry().actor(),
                        link.entry().action(),
                        link.entry().target(),
                        "{\"rewritten\":true}");
                var hash = ChainHash.of(keys, ChainHash.LEGACY, previous, link.seq(), forged);
                tamper.exec("UPDATE audit_entry SET detail = ? WHERE id = ?", forged.detail(), link.entryId());
                tamper.exec(
                        "UPDATE audit_link SET key_id = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        ChainHash.LEGACY,
                        previous,
                        hash,
                        link.seq());
                previous = hash;
            }
            var broken = verify();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenAt").asLong())
                    .isEqualTo(written.get(0).entryId());
            assertThat(broken.get("reason").asString()).isEqualTo("ALTERED");
            for (var link : written) {
                tamper.exec(
                        "UPDATE audit_entry SET detail = ? WHERE id = ?",
                        link.entry().detail(),
                        link.entryId());
                tamper.exec(
                        "UPDATE audit_link SET key_id = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        link.keyId(),
                        link.prevHash(),
                        link.hash(),
                        link.seq());
            }
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aForgedCheckpointLineIsRefused() {
        writeAndCheckpoint(1);
        var last = checkpoints.read().get(checkpoints.read().size() - 1);

        var forged = new Checkpoint(
                last.from(), last.seq(), last.ids(), "0".repeat(64), last.legacyUntil(), last.at(), last.sig());

        assertThat(checkpoints.verifies(last)).isTrue();
        assertThat(checkpoints.verifies(forged)).isFalse();
    }

    /** Entries written by the API, chained and covered by a signed checkpoint: the tail of the chain. */
    private List<AuditEntries.Link> writeAndCheckpoint(int count) {
        for (int i = 0; i < count; i++) {
            var created =
                    Api.at(port).as("mine1").post("/api/v1/tokens", "{\"name\":\"审计" + i + "\",\"expiresInDays\":1}");
            assertThat(created.status()).isEqualTo(201);
        }
        chain.chainPending();
        checkpoints.checkpoint(); // null when the scheduled checkpoint has just covered them
        var head = checkpoints.read().get(checkpoints.read().size() - 1).seq();
        var entries = context.getBean(AuditEntries.class);
        return entries.chainedFrom(head - count + 1, count);
    }

    private String detailOf(long id) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private JsonNode verify() {
        return Api.at(port).as("admin").get("/api/v1/audit/verify").json();
    }

    /**
     * What someone with the owner's rights would do: hold the chainer off, switch the append-only triggers off, and
     * rewrite history (each statement committed at once).
     */
    private final class Tamper implements AutoCloseable {
        private final Connection connection;

        Tamper() throws Exception {
            connection = Owner.dataSource(context).getConnection();
            connection.setAutoCommit(true);
            exec("SELECT pg_advisory_lock(?)", AuditEntries.CHAIN_LOCK);
            exec("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            exec("ALTER TABLE audit_link DISABLE TRIGGER USER");
        }

        void exec(String sql, Object... args) throws Exception {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.execute();
            }
        }

        @Override
        public void close() throws Exception {
            try {
                exec("ALTER TABLE audit_entry ENABLE TRIGGER USER");
                exec("ALTER TABLE audit_link ENABLE TRIGGER USER");
                exec("SELECT pg_advisory_unlock(?)", AuditEntries.CHAIN_LOCK);
            } finally {
                connection.close();
            }
        }
    }
}
