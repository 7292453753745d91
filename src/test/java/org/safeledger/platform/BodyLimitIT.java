package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API body over 1 MB that is not an upload is answered 413 as a problem before anything parses it, whether its
 * length is declared or it comes chunked, and nothing of it is kept; a body under the limit is judged by the rules.
 */
@IntegrationTest
class BodyLimitIT {

    @LocalServerPort
    int port;

    private byte[] report(String title, int descriptionLength) {
        return """
                {"enterpriseId":%d,"title":"%s","description":"%s","location":"北帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                        Api.at(port).as("mine1").enterpriseId(),
                        title,
                        "x".repeat(descriptionLength),
                        OffsetDateTime.now().minusHours(1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private int hazardsTitled(String title) {
        return Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards?q=" + title)
                .json()
                .get("items")
                .size();
    }

    private static void assertTooLarge(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void aTwelveMegabyteReportWithItsLengthDeclaredIsRefusedUnreadAndNotKept() {
        var answer = Api.at(port)
                .as("mine1")
                .inEnglish()
                .raw("POST", "/api/v1/hazards", "application/json", report("超大正文声明", 12_000_000));

        assertTooLarge(answer);
        assertThat(hazardsTitled("超大正文声明")).isZero();
    }

    @Test
    void aChunkedReportOverAMegabyteIsRefusedAtTheLimitAndNotKept() {
        var answer = Api.at(port)
                .as("mine1")
                .inEnglish()
                .chunked("POST", "/api/v1/hazards", "application/json", report("超大正文分块", 3_000_000));

        assertTooLarge(answer);
        assertThat(hazardsTitled("超大正文分块")).isZero();
    }

    @Test
    void aChunkedReportUnderTheLimitIsReadWhole() {
        var answer =
                Api.at(port).as("mine1").chunked("POST", "/api/v1/hazards", "application/json", report("分块小正文", 2_000));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("description").asString()).hasSize(2_000);
    }
}
