package org.safeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The operation log holds every write, and a change to a stored entry breaks the chain where it was made. */
@IntegrationTest
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aWriteIsLoggedAndTheChainVerifies() {
        var code = CreditCodes.fresh("152921");
        var created = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"审计测试（测试）","creditCode":"%s","regionCode":"152921","sector":"TOWN_GAS","address":"x"}""".formatted(code));
        long id = created.json().get("id").asLong();

        var verification = Api.at(port).as("admin").get("/api/v1/audit/verify").json();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isPositive();
        var logged = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enterprise.register' AND target = ?"
                        + " AND actor = 'admin' AND chain_seq IS NOT NULL AND detail LIKE ?")
                .params("enterprise:" + id, "%" + code + "%")
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(1);
        assertThat(Api.at(port).as("inspector").get("/api/v1/audit/verify").status())
                .isEqualTo(403);
    }

    @Test
    void tamperingWithAStoredEntryIsDetectedAtThatEntry() {
        Api.at(port).as("mine1").post("/api/v1/tokens", "{\"name\":\"审计\",\"expiresInDays\":1}");
        assertThat(Api.at(port)
                        .as("admin")
                        .get("/api/v1/audit/verify")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
        long victim = jdbc.sql("SELECT id FROM audit_entry WHERE action = 'token.issue' AND chain_seq IS NOT NULL"
                        + " ORDER BY id DESC LIMIT 1")
                .query(Long.class)
                .single();
        var original = jdbc.sql("SELECT detail FROM audit_entry WHERE id = ?")
                .param(victim)
                .query(String.class)
                .single();

        // what someone with database access would do: switch off the append-only trigger and rewrite history
        tamper(victim, original.replace("审计", "无事"));
        try {
            var broken = Api.at(port).as("admin").get("/api/v1/audit/verify").json();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenAt").asLong()).isEqualTo(victim);
        } finally {
            tamper(victim, original);
        }
        assertThat(Api.at(port)
                        .as("admin")
                        .get("/api/v1/audit/verify")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long any = jdbc.sql("SELECT min(id) FROM audit_entry").query(Long.class).single();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("UPDATE audit_entry SET detail = '{}' WHERE id = ?")
                                .param(any)
                                .update()))
                .hasMessageContaining("append-only");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?")
                        .param(any)
                        .update()))
                .hasMessageContaining("cannot be deleted");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("TRUNCATE audit_entry").update()))
                .hasMessageContaining("cannot be deleted");
    }

    private void tamper(long id, String detail) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                    .update();
            jdbc.sql("UPDATE audit_entry SET detail = ? WHERE id = ?")
                    .params(detail, id)
                    .update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
                    .update();
        });
    }
}
