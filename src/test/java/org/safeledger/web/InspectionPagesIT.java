package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Self-inspection pages beyond the browser walk: a checklist from the form (a bad clause number comes back on the
 * form), the run page in English, a non-compliant answer without a note refused on the page with the answers kept,
 * and scope on pages.
 */
@IntegrationTest
class InspectionPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aChecklistFromTheFormAndARunWhoseBadAnswerComesBackOnThePage() {
        var mine1 = new PageClient(port).signIn("mine1", "demo2026");
        var bad = mine1.submit(
                "/inspections/checklists/new",
                "/inspections/checklists",
                "name=" + enc("表") + "&sector=COAL_MINE&standardCode=COAL_MINE_MAJOR&clauseNumbers=18.77&customItems=");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("id=\"checklist-form\"")
                .contains("18.77")
                .contains("field-error");

        var created = mine1.submit(
                "/inspections/checklists/new",
                "/inspections/checklists",
                "name=" + enc("班检表") + "&sector=COAL_MINE&standardCode=COAL_MINE_MAJOR&clauseNumbers=18.10"
                        + "&customItems=" + enc("安全帽佩戴\n警示标志"));
        assertThat(created.statusCode()).isEqualTo(302);
        var checklistPath = path(created.headers().firstValue("Location").orElseThrow(), "/inspections/checklists/");
        var checklistPage = mine1.get(checklistPath).body();
        assertThat(checklistPage).contains("安全帽佩戴").contains("COAL_MINE_MAJOR MEM-4-2020 18.10");

        var started = mine1.submit(
                checklistPath,
                "/inspections/runs",
                "templateId=" + checklistPath.substring(checklistPath.lastIndexOf('/') + 1) + "&place=" + enc("采场"));
        assertThat(started.statusCode()).isEqualTo(302);
        var runPath = path(started.headers().firstValue("Location").orElseThrow(), "/inspections/runs/");
        var run = Api.at(port)
                .as("mine1")
                .get("/api/v1" + runPath.replace("/inspections/runs/", "/inspections/"))
                .json();
        long slope = run.get("results").get(0).get("item").get("id").asLong();
        long helmet = run.get("results").get(1).get("item").get("id").asLong();

        var refused = mine1.submit(
                runPath,
                runPath + "/results",
                "version=0&outcome-" + helmet + "=COMPLIANT&outcome-" + slope + "=NON_COMPLIANT&note-" + slope + "=");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"run-error\"")
                .contains("results[0].note")
                .contains("id=\"outcome-" + slope + "-NON_COMPLIANT\" checked");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1" + runPath.replace("/inspections/runs/", "/inspections/"))
                        .json()
                        .get("results")
                        .findValuesAsString("outcome"))
                .containsOnly("NOT_CHECKED");
        assertThat(new PageClient(port).signIn("mine2", "demo2026").get(runPath).statusCode())
                .isEqualTo(404);
        assertThat(mine1.get(runPath + "?lang=en").body())
                .contains("Not checked: 3")
                .doesNotContain("??");
    }

    private static String path(String location, String marker) {
        return location.substring(location.indexOf(marker));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
