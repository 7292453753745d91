package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password policy wherever a password is set: creating a user, resetting one, changing one's own; API and pages. */
@IntegrationTest
class PasswordPolicyIT {

    @LocalServerPort
    int port;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response create(String username, String password) {
        return Api.at(port).as("admin").inEnglish().post("/api/v1/users", """
                {"username":"%s","displayName":"密码测试","password":"%s","roles":["REGION_LEADER"],"regionCode":"152921"}""".formatted(username, password));
    }

    private static void assertRefused(Api.Response answer, String says) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("password");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).contains(says);
    }

    private long idOf(String username) {
        return Api.at(port).as("admin").get("/api/v1/users").json().findParents("username").stream()
                .filter(u -> u.get("username").asString().equals(username))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    @Test
    void theApiRefusesANewUsersPasswordShorterThanTen() {
        assertRefused(create(unique("pw"), "Ab3$kd9!q"), "10 to 64 characters");
    }

    @Test
    void theApiRefusesANewUsersCommonPassword() {
        assertRefused(create(unique("pw"), "qwertyuiop"), "most common");
    }

    @Test
    void theApiRefusesANewUsersPasswordContainingTheUsername() {
        var username = unique("pw");

        assertRefused(create(username, "My-" + username.toUpperCase(java.util.Locale.ROOT) + "-2026"), "username");
    }

    @Test
    void theApiAcceptsAPasswordThatPassesThePolicyAndTheUserSignsInWithIt() {
        var username = unique("pw");

        assertThat(create(username, "Slope-crack-north-17").status()).isEqualTo(201);
        assertThat(Api.at(port)
                        .as(username, "Slope-crack-north-17")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorsResetThroughTheApiIsRefusedForACommonPassword() {
        var username = unique("pw");
        assertThat(create(username, "Slope-crack-north-17").status()).isEqualTo(201);

        var reset = Api.at(port).as("admin").inEnglish().post("/api/v1/users/" + idOf(username) + "/password", """
                {"password":"1234567890"}""");

        assertRefused(reset, "most common");
        assertThat(Api.at(port)
                        .as(username, "Slope-crack-north-17")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aUsersOwnChangeOnTheProfilePageIsRefusedForAPasswordContainingTheUsername() {
        var username = unique("pw");
        assertThat(create(username, "Slope-crack-north-17").status()).isEqualTo(201);
        var pages = new PageClient(port).signIn(username, "Slope-crack-north-17");

        var answer = pages.submit(
                "/profile?lang=en",
                "/profile/password",
                "currentPassword=Slope-crack-north-17&newPassword=" + username + "-2026-x&confirmPassword=" + username
                        + "-2026-x");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("The password cannot be the username or contain it.");
        assertThat(Api.at(port)
                        .as(username, "Slope-crack-north-17")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theUserPageRefusesANewUsersCommonPasswordNextToTheField() {
        var username = unique("pw");
        var pages = new PageClient(port).signIn("admin", "demo2026");

        var answer = pages.submit(
                "/admin/users?lang=en",
                "/admin/users",
                "username=" + username + "&displayName=" + URLEncoder.encode("页面测试", StandardCharsets.UTF_8)
                        + "&password=1qaz2wsx3edc&roles=REGION_LEADER&regionCode=152921");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("This password is among the most common ones");
        assertThat(create(username, "Slope-crack-north-17").status()).isEqualTo(201);
    }

    @Test
    void theDemoUsersKeepTheirPublishedPasswordInDemoMode() {
        assertThat(Api.at(port).as("mine1", "demo2026").get("/api/v1/me").status())
                .isEqualTo(200);
    }
}
