package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthenticationIT {

    @LocalServerPort
    int port;

    /** A fresh region leader of Alxa Left Banner, so that lock-outs and password changes touch no one else. */
    private String newLeader(String password) {
        var username = "t" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"测试领导","password":"%s","roles":["REGION_LEADER"],"regionCode":"152921"}""".formatted(username, password));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void meDescribesTheUserRolesAndScope() {
        var me = Api.at(port).as("inspector").get("/api/v1/me").json();

        assertThat(me.get("username").asString()).isEqualTo("inspector");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("INSPECTOR");
        assertThat(me.get("regionCode").asString()).isEqualTo("152921");
        assertThat(me.get("departmentId").isNull()).isFalse();
        assertThat(me.get("enterpriseId").isNull()).isTrue();
    }

    @Test
    void aPersonalTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        var issued = Api.at(port).as("chem1").post("/api/v1/tokens", """
                {"name":"测试令牌","expiresInDays":30}""");
        assertThat(issued.status()).isEqualTo(201);
        var token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();

        assertThat(Api.at(port)
                        .bearer(token)
                        .get("/api/v1/me")
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo("chem1");
        var listed = Api.at(port).as("chem1").get("/api/v1/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("name")).contains("测试令牌");
        assertThat(listed.body()).doesNotContain(token);

        assertThat(Api.at(port).as("chem1").delete("/api/v1/tokens/" + id).status())
                .isEqualTo(204);
        assertThat(Api.at(port).bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.at(port).bearer("slt_forged").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void refusesTokenRequestsWithBadExpiry() {
        var response = Api.at(port).as("chem1").post("/api/v1/tokens", """
                {"name":"x","expiresInDays":0}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresInDays");
    }

    @Test
    void aChangedPasswordEndsTheCachedBasicVerificationOfTheOldOne() {
        var username = newLeader("first-password-1");
        assertThat(Api.at(port)
                        .as(username, "first-password-1")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        long id = Api.at(port).as("admin").get("/api/v1/users").json().findParents("username").stream()
                .filter(u -> u.get("username").asString().equals(username))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();

        assertThat(Api.at(port)
                        .as("admin")
                        .post("/api/v1/users/" + id + "/password", """
                {"password":"second-password-2"}""")
                        .status())
                .isEqualTo(204);

        assertThat(Api.at(port)
                        .as(username, "first-password-1")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        assertThat(Api.at(port)
                        .as(username, "second-password-2")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesWeakOrDuplicateAccounts() {
        var tooShort = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"shorty","displayName":"x","password":"short","roles":["REGION_LEADER"],"regionCode":"152921"}""");
        var inspectorWithoutDepartment = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"nodept","displayName":"x","password":"long-enough-1","roles":["INSPECTOR"]}""");
        var duplicate = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"inspector","displayName":"x","password":"long-enough-1","roles":["REGION_LEADER"],"regionCode":"152921"}""");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").findValuesAsString("field")).contains("password");
        assertThat(inspectorWithoutDepartment.status()).isEqualTo(400);
        assertThat(inspectorWithoutDepartment
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("departmentId");
        assertThat(duplicate.status()).isEqualTo(409);
    }
}
