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
 * The risk pages: the demo mine's four-colour overview, a risk point in its colour, identification and assessment
 * from forms (a value outside the table comes back on the page, nothing recorded), and scope on pages too.
 */
@IntegrationTest
class RiskPagesIT {

    @LocalServerPort
    int port;

    private long demoPoint(String name) {
        for (var p : Api.at(port)
                .as("mine1")
                .get("/api/v1/risk-points?size=500")
                .json()
                .get("items")) {
            if (p.get("name").asString().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void theDemoMineSeesItsRiskPointsInFourColours() {
        var list =
                new PageClient(port).signIn("mine1", "demo2026").get("/risks").body();
        assertThat(list)
                .contains("id=\"overview-MAJOR\"")
                .contains("badge risk-red")
                .contains("badge risk-orange")
                .contains("badge risk-yellow")
                .contains("badge risk-blue")
                .contains("采场北帮边坡");
        long slope = demoPoint("采场北帮边坡");
        var page = new PageClient(port)
                .signIn("inspector", "demo2026")
                .get("/risks/" + slope)
                .body();
        assertThat(page).contains("id=\"risk-level\"").contains("risk-red").contains("重大风险");
        assertThat(new PageClient(port)
                        .signIn("mine2", "demo2026")
                        .get("/risks/" + slope)
                        .statusCode())
                .isEqualTo(404);
        // the slope's hazard links back to its risk point
        var hazards = new PageClient(port)
                .signIn("mine1", "demo2026")
                .get("/hazards?riskPoint=" + slope)
                .body();
        assertThat(hazards).contains("北帮边坡出现张拉裂缝").doesNotContain("爆破警戒区域未设置警示标志");
    }

    @Test
    void aPrincipalIdentifiesAndAssessesARiskPointFromTheForms() {
        var mine1 = new PageClient(port).signIn("mine1", "demo2026");
        var enterpriseId = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var blank = mine1.submit("/risks/new", "/risks", "enterpriseId=" + enterpriseId + "&name=&place=x");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("field-error").contains("id=\"risk-form\"");

        var form = "enterpriseId=" + enterpriseId + "&name=" + enc("加油站") + "&place=" + enc("工业广场")
                + "&activity=" + enc("加油作业") + "&hazardFactors=" + enc("火灾爆炸") + "&controlMeasures="
                + enc("静电接地") + "&responsiblePost=" + enc("加油站站长");
        var created = mine1.submit("/risks/new", "/risks", form);
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        var path = location.substring(location.indexOf("/risks/"));

        var bad = mine1.submit(path, path + "/assessments", "method=LEC&version=LEC-2016-classic&l=4&e=6&c=15");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"assess-error\"").contains("0.5, 0.2, 0.1");
        assertThat(mine1.get(path).body()).contains("尚未评价");

        var good = mine1.submit(path, path + "/assessments", "method=LS&version=LS-coal-A&l=3&s=3");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(mine1.get(path).body())
                .contains("risk-orange")
                .contains("较大风险")
                .doesNotContain("尚未评价");

        var leader = new PageClient(port).signIn("leader", "demo2026");
        assertThat(leader.get(path).body()).doesNotContain("id=\"assess-LEC\"");
        assertThat(leader.submit(path, path + "/assessments", "method=LS&l=1&s=1")
                        .statusCode())
                .isEqualTo(403);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
