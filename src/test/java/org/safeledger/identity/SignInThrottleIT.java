package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker who does not know a password cannot lock its owner out: wrong passwords slow the client that sends
 * them; an account many clients fail on stays open to the clients it signed in from; a locked account and an
 * unknown username get the same answer. Clients are told apart by X-Forwarded-For, believed from this host.
 */
@IntegrationTest
class SignInThrottleIT {

    private static final String PASSWORD = "Correct-horse-battery-9";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String newLeader() {
        var username = "t" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"测试领导","password":"%s","roles":["REGION_LEADER"],"regionCode":"152921"}""".formatted(username, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static String address(String prefix, int i) {
        return prefix + "." + (i / 250) + "." + (i % 250 + 1);
    }

    @Test
    void twentyWrongPasswordsFromOneClientDoNotStopTheOwnerSigningInFromAnother() {
        var owner = newLeader();
        var attacker = Api.at(port).from("203.0.113.7");
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 20; i++) {
            statuses.add(attacker.as(owner, "guess-" + i).get("/api/v1/me").status());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 20)).containsOnly(429);
        assertThat(Api.at(port)
                        .from("198.51.100.9")
                        .as(owner, PASSWORD)
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        assertThat(attacker.as(owner, PASSWORD).get("/api/v1/me").status())
                .as("the attacker's client waits, even with the right password")
                .isEqualTo(429);
        assertThat(auditActions("client:203.0.113.7")).contains("identity.signIn.throttled");
    }

    @Test
    void manyClientsFailingLockTheAccountAgainstNewClientsOnlyAndTheAnswerMatchesAnUnknownUser() {
        var owner = newLeader();
        var ownersPhone = Api.at(port).from("198.51.100.20");
        assertThat(ownersPhone.as(owner, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        var token = ownersPhone
                .as(owner, PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"phone\",\"expiresInDays\":30}")
                .json()
                .get("token")
                .asString();
        for (int i = 0; i < 50; i++) {
            assertThat(Api.at(port)
                            .from(address("10.77", i))
                            .as(owner, "guess-" + i)
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }

        var newClient = Api.at(port).from("192.0.2.44");
        var locked = newClient.as(owner, PASSWORD).get("/api/v1/me");
        var unknown = newClient.as("nobody-" + UUID.randomUUID(), PASSWORD).get("/api/v1/me");
        var wrong = newClient.as(owner, "guess-again").get("/api/v1/me");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body()).isEqualTo(wrong.body());
        assertThat(ownersPhone.as(owner, PASSWORD).get("/api/v1/me").status())
                .as("a client the owner signed in from before still passes")
                .isEqualTo(200);
        assertThat(Api.at(port).bearer(token).get("/api/v1/me").status())
                .as("tokens already issued are not ended by a sign-in lock")
                .isEqualTo(200);
        assertThat(auditActions("user:" + owner)).contains("identity.account.locked");

        long id = Api.at(port).as("admin").get("/api/v1/users").json().findParents("username").stream()
                .filter(u -> u.get("username").asString().equals(owner))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(Api.at(port)
                        .as("admin")
                        .post("/api/v1/users/" + id + "/unlock", "")
                        .status())
                .isEqualTo(204);
        assertThat(newClient.as(owner, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void sprayingManyUsernamesFromOneClientIsSlowedForThatClient() {
        var sprayer = Api.at(port).from("203.0.113.99");
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 32; i++) {
            statuses.add(
                    sprayer.as("spray-" + i, "password" + i).get("/api/v1/me").status());
        }

        assertThat(statuses.subList(0, 30)).containsOnly(401);
        assertThat(statuses.subList(30, 32)).containsOnly(429);
        assertThat(Api.at(port)
                        .from("203.0.113.100")
                        .as("inspector", "demo2026")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAnonymousFloodIsRefusedBeforeAnyWork() {
        var flooder = Api.at(port).from("203.0.113.200");
        int refused = 0;
        for (int i = 0; i < 420; i++) {
            if (flooder.getAnything("/actuator/health").status() == 429) {
                refused++;
            }
        }

        // 300 a minute: the first 300 pass, a few more as the bucket refills during the burst, the rest are refused
        assertThat(refused).isGreaterThanOrEqualTo(60);
        assertThat(Api.at(port)
                        .from("203.0.113.201")
                        .getAnything("/actuator/health")
                        .status())
                .isEqualTo(200);
    }

    private java.util.List<String> auditActions(String target) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target = ? ORDER BY id")
                .param(target)
                .query(String.class)
                .list();
    }
}
