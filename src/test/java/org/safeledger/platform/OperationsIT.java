package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, metrics, API documentation, security headers and CSRF, as operators and browsers meet them. */
@IntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicAndMetricsAreForAdministratorsOnly() {
        assertThat(Api.at(port).get("/actuator/health").json().get("status").asString())
                .isEqualTo("UP");
        assertThat(Api.at(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.at(port).as("inspector").get("/actuator/prometheus").status())
                .isEqualTo(403);
        var metrics = Api.at(port).as("admin").getAnything("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void theOpenApiDescriptionIsPublicNamesBothAuthenticationsAndHidesTheCaller() {
        var docs = Api.at(port).get("/v3/api-docs").json();

        assertThat(docs.get("info").get("title").asString()).isEqualTo("SafeLedger API");
        assertThat(docs.get("components").get("securitySchemes").propertyNames())
                .contains("basic", "bearer");
        assertThat(docs.get("paths")
                        .get("/api/v1/enterprises")
                        .get("get")
                        .get("parameters")
                        .findValuesAsString("name"))
                .contains("regionCode", "sector", "q", "page", "size")
                .doesNotContain("actor");
    }

    @Test
    void pagesCarrySecurityHeadersAndRefuseFormsWithoutACsrfToken() throws Exception {
        var client = HttpClient.newHttpClient();
        var login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        var forged = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
