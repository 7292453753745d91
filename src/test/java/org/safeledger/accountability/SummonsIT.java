package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A summons through the API: the league's emergency bureau summons the banner's government, whose measures become
 * its rectification items and whose written report is due in 20 days; the banner files it; who may read, summon and
 * report, and who may not.
 */
@IntegrationTest
class SummonsIT {

    @LocalServerPort
    int port;

    @Test
    void aSummonsMeasuresBecomeTheSummonedsItemsAndItsWrittenReportIsFiledOnce() {
        var today = new Overdue(port).today();
        var reason = "挂牌督办隐患逾期未改" + System.nanoTime() % 10000;
        var held = Api.at(port).as("leagueduty").post("/api/v1/summons", """
                {"subject":{"kind":"GOVERNMENT","regionCode":"152921"},"trigger":"LISTED_HAZARD_OVERDUE",
                 "reason":"%s","heldOn":"%s",
                 "measures":[{"title":"一个月内完成挂牌隐患整改","deadline":"%s"},
                             {"title":"建立隐患整改旗级领导包联制度","deadline":"%s"}]}""".formatted(
                        reason, today, today.plusDays(30), today.plusDays(60)));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        var summons = held.json();
        long id = summons.get("id").asLong();
        assertThat(summons.get("subjectName").asString()).isEqualTo("阿拉善左旗人民政府");
        assertThat(summons.get("reportDue").asString())
                .isEqualTo(today.plusDays(20).toString());
        assertThat(summons.get("measures")).hasSize(2);
        long item = summons.get("measures").get(0).get("rectificationId").asLong();
        var asItem =
                Api.at(port).as("leader").get("/api/v1/rectifications/" + item).json();
        assertThat(asItem.get("origin").asString()).isEqualTo("SUMMONS");
        assertThat(asItem.get("assigner").get("name").asString()).isEqualTo("阿拉善盟应急管理局");

        var asSummoned = Api.at(port).as("leader").get("/api/v1/summons/" + id).json();
        assertThat(asSummoned.get("mayReport").asBoolean()).isTrue();
        assertThat(Api.at(port)
                        .as("leagueduty")
                        .get("/api/v1/summons/" + id)
                        .json()
                        .get("mayReport")
                        .asBoolean())
                .isFalse();
        var byBody = Api.at(port).as("leagueduty").post("/api/v1/summons/" + id + "/report", """
                {"version":0,"report":"x"}""");
        assertThat(byBody.status())
                .as("the body does not report for the summoned")
                .isEqualTo(403);
        var report = Api.at(port).as("leader").post("/api/v1/summons/" + id + "/report", """
                {"version":0,"report":"已制定整改方案，挂牌隐患正在整改"}""");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("status").asString()).isEqualTo("REPORTED");
        var again = Api.at(port).as("leader").post("/api/v1/summons/" + id + "/report", """
                {"version":1,"report":"再报"}""");
        assertThat(again.status()).isEqualTo(409);

        assertThat(Api.at(port).as("mine1").get("/api/v1/summons/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("xwinspector").get("/api/v1/summons/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("leagueleader").get("/api/v1/summons").body())
                .contains(reason);
    }

    @Test
    void aBodySummonsOnlyWhomItMayAssignAndASummonsNeedsItsMeasures() {
        var today = new Overdue(port).today();
        var upward = Api.at(port).as("leader").post("/api/v1/summons", """
                {"subject":{"kind":"GOVERNMENT","regionCode":"152900"},"trigger":"OTHER","reason":"x",
                 "heldOn":"%s","measures":[{"title":"x","deadline":"%s"}]}""".formatted(today, today.plusDays(5)));
        assertThat(upward.status()).as(upward.body()).isIn(400, 403);
        var none = Api.at(port).as("leagueduty").post("/api/v1/summons", """
                {"subject":{"kind":"GOVERNMENT","regionCode":"152921"},"trigger":"OTHER","reason":"x",
                 "heldOn":"%s","measures":[]}""".formatted(today));
        assertThat(none.status()).isEqualTo(400);
        var badTrigger = Api.at(port).as("leagueduty").post("/api/v1/summons", """
                {"subject":{"kind":"GOVERNMENT","regionCode":"152921"},"trigger":"SOMETHING","reason":"x",
                 "heldOn":"%s","measures":[{"title":"x","deadline":"%s"}]}""".formatted(today, today.plusDays(5)));
        assertThat(badTrigger.status()).isEqualTo(400);
        assertThat(badTrigger.body()).contains("trigger");
        assertThat(Api.at(port).as("mine1").post("/api/v1/summons", "{}").status())
                .isIn(400, 403);
    }

    @Test
    void twoLargerAccidentsInTheBannerWithinSixMonthsAreATriggerToSummonItsGovernment() {
        long mine = Api.at(port).as("mine1").enterpriseId();
        for (int hoursAgo : new int[] {30, 6}) {
            var accident = Api.at(port).as("mine1").post("/api/v1/accidents", """
                    {"enterpriseId":%d,"occurredAt":"%s","place":"南帮运输道路","type":"VEHICLE",
                     "summary":"矿用卡车翻车（约谈情形测试）","deaths":3,"missing":0,"seriousInjuries":0,"minorInjuries":0,
                     "directLossYuan":2000000}""".formatted(
                            mine, java.time.OffsetDateTime.now().minusHours(hoursAgo)));
            assertThat(accident.status()).as(accident.body()).isEqualTo(201);
        }

        var read = Api.at(port).as("leagueleader").get("/api/v1/summons/triggers?regionCode=152900");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var met = read.json()
                .get("items")
                .valueStream()
                .filter(c -> c.get("trigger").asString().equals("ACCIDENTS_IN_WINDOW")
                        && c.get("rule").asString().equals("LARGER:2:P6M"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(read.body()));
        assertThat(met.get("regionCode").asString()).isEqualTo("152921");
        assertThat(met.get("subject").asString()).isEqualTo("GOVERNMENT:152921");
        assertThat(met.get("facts").valueStream().map(f -> f.get("id").asLong()).toList())
                .as("the first two larger accidents of the window, whichever they are")
                .hasSize(2);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/summons/triggers?regionCode=152921")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/summons/triggers?regionCode=152900")
                        .status())
                .isEqualTo(403);
    }
}
