package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page session ends as soon as an administrator disables its account. */
@IntegrationTest
class PageSessionIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username, String password) throws Exception {
        var matcher = CSRF.matcher(get("/login").body());
        assertThat(matcher.find()).isTrue();
        var form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + matcher.group(1);
        var response = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        var username = "s" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"会话测试","password":"session-test-1","roles":["REGION_LEADER"],
                 "regionCode":"152921"}""".formatted(username));
        long id = created.json().get("id").asLong();
        signIn(username, "session-test-1");
        assertThat(get("/").statusCode()).isEqualTo(200);

        var disabled = Api.at(port).as("admin").put("/api/v1/users/" + id, """
                {"version":0,"displayName":"会话测试","enabled":false}""");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        var after = get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
