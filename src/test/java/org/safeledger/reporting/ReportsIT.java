package org.safeledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics and monthly reports through the API: who may read what (a county leader not its league, a
 * department only its sectors, an enterprise only its own, a region's report only those who see the whole region),
 * every malformed parameter a 400 naming it, a report frozen once issued (the same bytes and SHA-256 again, each
 * language its own file), and the monthly job issuing last month's reports once.
 */
@IntegrationTest
class ReportsIT {

    @LocalServerPort
    int port;

    @Autowired
    MonthlyReportJob job;

    @Autowired
    MonthlyReports reports;

    private int status(String user, String path) {
        return Api.at(port).as(user).get(path).status();
    }

    @Test
    void eachReaderReadsTheStatisticsOfItsOwnScopeOnly() {
        assertThat(status("leagueleader", "/api/v1/statistics?regionCode=152921"))
                .isEqualTo(200);
        assertThat(status("leader", "/api/v1/statistics?regionCode=152900"))
                .as("a banner's leader, the league")
                .isEqualTo(403);
        assertThat(status("leader", "/api/v1/statistics?regionCode=152922"))
                .as("a neighbouring banner")
                .isEqualTo(403);
        assertThat(status("leader", "/api/v1/statistics/regions?parentCode=150000"))
                .isEqualTo(403);
        assertThat(status("leader", "/api/v1/statistics/trend?regionCode=152900"))
                .isEqualTo(403);
        assertThat(status("depthead", "/api/v1/statistics?sector=COAL_MINE")).isEqualTo(200);
        assertThat(status("depthead", "/api/v1/statistics?sector=FIRE_SAFETY"))
                .as("outside the bureau's remit")
                .isEqualTo(403);
        assertThat(status("mine1", "/api/v1/statistics")).isEqualTo(200);
        assertThat(status("mine1", "/api/v1/statistics?regionCode=152900")).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/statistics").status())
                .as("anonymous")
                .isEqualTo(401);
    }

    @Test
    void anEnterpriseCountsItsOwnHazardsAsItsLedgerListsThem() {
        var own = Api.at(port).as("mine1").get("/api/v1/statistics?from=2020-01-01");
        var ledger = Api.at(port).as("mine1").get("/api/v1/hazards?from=2020-01-01&size=1");
        assertThat(own.json().get("hazards").get("found").asLong())
                .isEqualTo(ledger.json().get("total").asLong());
        assertThat(own.json().get("accidents").isNull())
                .as("an enterprise principal reads no accident figures")
                .isEqualTo(!own.json().has("accidents")
                        || own.json().get("accidents").isNull());
    }

    @Test
    void everyMalformedParameterIsA400NamingIt() {
        for (var bad : new String[] {
            "/api/v1/statistics?from=2026-13-01",
            "/api/v1/statistics?from=2026-05-01&to=2026-04-01",
            "/api/v1/statistics?from=2000-01-01&to=2026-01-01",
            "/api/v1/statistics?regionCode=15",
            "/api/v1/statistics?sector=MINES",
            "/api/v1/statistics/trend?interval=DAY",
            "/api/v1/reports/monthly?regionCode=152900&month=2026-13",
            "/api/v1/reports/monthly?regionCode=152900&month=x",
            "/api/v1/reports/monthly?regionCode=152900&month=2025-01&format=doc",
            "/api/v1/reports/monthly?regionCode=152900&month=2999-01"
        }) {
            var response = Api.at(port).as("leagueleader").get(bad);
            assertThat(response.status()).as(bad + " " + response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .as(bad)
                    .isNotBlank();
        }
    }

    @Test
    void aMonthlyReportIsFrozenOnceIssuedAndReadOnlyByThoseWhoSeeTheWholeRegion() {
        var month = reports.lastEnded().minusMonths(2);
        var path = "/api/v1/reports/monthly?regionCode=152921&month=" + month + "&format=pdf";
        assertThat(status("depthead", path))
                .as("a department limited to sectors")
                .isEqualTo(403);
        assertThat(status("mine1", path)).isEqualTo(403);
        assertThat(status("leader", "/api/v1/reports/monthly?regionCode=152900&month=" + month))
                .isEqualTo(403);
        var first = Api.at(port).as("leader").getBinary(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/pdf");
        var sha = first.header("X-Report-SHA256");
        assertThat(sha).isEqualTo(MonthlyReports.sha256(first.body()));
        var again = Api.at(port).as("leagueleader").getBinary(path);
        assertThat(again.header("X-Report-SHA256")).isEqualTo(sha);
        assertThat(again.body()).isEqualTo(first.body());
        var english = Api.at(port).as("leader").getBinary(path + "&lang=en");
        assertThat(english.header("X-Report-SHA256")).isNotEqualTo(sha);
        var sheet = Api.at(port).as("leader").getBinary(path.replace("format=pdf", "format=xlsx"));
        assertThat(sheet.contentType()).startsWith("application/vnd.openxmlformats");
        var issued = Api.at(port).as("leader").get("/api/v1/reports/monthly/issued?regionCode=152921");
        assertThat(issued.body()).contains("\"month\":\"" + month + "\"");
    }

    @Test
    void theMonthlyJobIssuesLastMonthsReportsOnceAndLeavesIssuedOnesAlone() {
        assertThat(job.regions()).contains("150000", "152900");
        job.issueLastMonth();
        var path = "/api/v1/reports/monthly?regionCode=152900&month=" + YearMonth.from(reports.lastEnded());
        var first = Api.at(port).as("leagueleader").getBinary(path);
        assertThat(first.status()).isEqualTo(200);
        var listed = Api.at(port)
                .as("leagueleader")
                .get("/api/v1/reports/monthly/issued?regionCode=152900")
                .body();
        job.issueLastMonth();
        assertThat(Api.at(port).as("leagueleader").getBinary(path).header("X-Report-SHA256"))
                .isEqualTo(first.header("X-Report-SHA256"));
        assertThat(Api.at(port)
                        .as("leagueleader")
                        .get("/api/v1/reports/monthly/issued?regionCode=152900")
                        .body())
                .isEqualTo(listed);
    }
}
