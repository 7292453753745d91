package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * JSON is bound as written: a number is not taken for a string, a fraction not for an integer, and text that the
 * database would mangle (a lone surrogate) or refuse (NUL) is answered with a 400 naming the field.
 */
@IntegrationTest
class StrictJsonIT {

    @LocalServerPort
    int port;

    /** A hazard report of mine1's enterprise with {@code title} and {@code enterpriseId} as raw JSON values. */
    private Api.Response report(String titleJson, String enterpriseIdJson) {
        var body =
                """
                {"enterpriseId":%s,"title":%s,"description":"d","location":"北帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(enterpriseIdJson, titleJson, OffsetDateTime.now().minusHours(1));
        return Api.at(port)
                .as("mine1")
                .inEnglish()
                .raw("POST", "/api/v1/hazards", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private String mine() {
        return Long.toString(Api.at(port).as("mine1").enterpriseId());
    }

    private static void assertRefusedNaming(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly(field);
    }

    @Test
    void theSameReportWithAStringTitleAndAnIntegerEnterpriseIsAccepted() {
        var accepted = report("\"严格绑定对照\"", mine());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("title").asString()).isEqualTo("严格绑定对照");
    }

    @Test
    void aNumberWhereTheTitleStringBelongsIsRefusedNotStoredAsText() {
        assertRefusedNaming(report("123", mine()), "title");
    }

    @Test
    void aFractionalEnterpriseIdIsRefusedNotRoundedDown() {
        var answer = report("\"小数编号\"", mine() + ".7");

        assertRefusedNaming(answer, "enterpriseId");
        assertThat(answer.json().get("detail").asString()).contains("enterpriseId");
    }

    @Test
    void aLoneSurrogateInTheTitleIsRefusedNotStoredAsAQuestionMark() {
        var answer = report("\"裂缝\\ud800\"", mine());

        assertRefusedNaming(answer, "title");
        assertThat(answer.json().get("detail").asString()).contains("lone surrogate");
    }

    @Test
    void aNulCharacterInTheTitleIsRefusedNamingTheFieldNotAsAMissingRecord() {
        var answer = report("\"a\\u0000b\"", mine());

        assertRefusedNaming(answer, "title");
        assertThat(answer.json().get("detail").asString()).contains("NUL").doesNotContain("does not exist");
    }

    @Test
    void aNullAmongTheHazardsOfAnEnforcementDocumentIsRefusedNamingIt() {
        var answer = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%s,"hazardIds":[null],"deadline":"%s"}""".formatted(
                        mine(), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)));

        assertRefusedNaming(answer, "hazardIds[0]");
    }
}
