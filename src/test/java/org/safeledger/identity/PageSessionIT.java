package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page session ends as soon as an administrator disables its account. */
@IntegrationTest
class PageSessionIT {

    @LocalServerPort
    int port;

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        var username = "s" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"会话测试","password":"session-test-1","roles":["REGION_LEADER"],
                 "regionCode":"152921"}""".formatted(username));
        long id = created.json().get("id").asLong();
        var browser = new PageClient(port).signIn(username, "session-test-1");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        var disabled = Api.at(port).as("admin").put("/api/v1/users/" + id, """
                {"version":0,"displayName":"会话测试","enabled":false}""");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        var after = browser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
