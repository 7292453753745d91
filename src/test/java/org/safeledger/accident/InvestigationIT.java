package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An accident's investigation through the API: the body by level, the 60-day deadline with its extension and the
 * technical appraisal's days, the overdue warning, the findings, and a recommendation and a responsibility each
 * tracked to closure by the hazard loop (listed under the department, which alone verifies).
 */
@IntegrationTest
class InvestigationIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    private JsonNode accident(int deaths) {
        long mine = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var created = Api.at(port).as("mine1").post("/api/v1/accidents", """
                {"enterpriseId":%d,"occurredAt":"%s","place":"北帮+1250平台","type":"COLLAPSE",
                 "summary":"边坡坍塌","deaths":%d,"missing":0,"seriousInjuries":0,"minorInjuries":0,
                 "directLossYuan":2000000}""".formatted(
                        mine, OffsetDateTime.now().minusHours(3), deaths));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Api.Response post(String user, String path, String body) {
        return Api.at(port).as(user).post(path, body);
    }

    @Test
    void theReportIsDueSixtyDaysAfterTheAccidentLaterByTheExtensionAndTheAppraisalAndWarnsWhenOverdue() {
        var accident = accident(3);
        long id = accident.get("id").asLong();
        var base = "/api/v1/accidents/" + id + "/investigation";
        assertThat(Api.at(port).as("leagueduty").get(base).status()).isEqualTo(404);
        assertThat(post("mine1", base, "{\"leadingUnit\":\"x\"}").status()).isEqualTo(403);
        assertThat(post("xwinspector", base, "{\"leadingUnit\":\"x\"}").status())
                .isEqualTo(404);
        // a 较大 accident is the prefecture's (art. 19): the county bureau cannot hold its investigation
        assertThat(post("inspector", base, "{\"leadingUnit\":\"x\"}").status()).isEqualTo(403);
        var opened = post("leagueduty", base, """
                {"leadingUnit":"阿拉善盟人民政府事故调查组","team":["应急管理局","公安局","总工会"]}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var day = OffsetDateTime.now().minusHours(3).atZoneSameInstant(CHINA).toLocalDate();
        assertThat(opened.json().get("body").asString()).isEqualTo("PREFECTURE_GOVERNMENT");
        assertThat(opened.json().get("departmentName").asString()).isEqualTo("阿拉善盟应急管理局");
        assertThat(opened.json().get("dueOn").asString())
                .isEqualTo(day.plusDays(60).toString());
        assertThat(opened.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(post("leagueduty", base, "{\"leadingUnit\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(post("inspector", base + "/extension", """
                {"days":30,"approvedBy":"x","reason":"y"}""").status()).isEqualTo(403); // not the organiser

        var tooLong = post("leagueduty", base + "/extension", """
                {"days":61,"approvedBy":"阿拉善盟人民政府","reason":"x"}""");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"days\"");
        var extended = post("leagueduty", base + "/extension", """
                {"days":30,"approvedBy":"阿拉善盟人民政府","reason":"需补充边坡稳定性分析"}""");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(post("leagueduty", base + "/extension", """
                {"days":10,"approvedBy":"阿拉善盟人民政府","reason":"再次"}""").status()).isEqualTo(409);
        var planned = post("leagueduty", base + "/appraisals", """
                {"from":"%s","to":"%s"}""".formatted(day.plusDays(5), day.plusDays(14)));
        assertThat(planned.status()).isEqualTo(400); // not done yet: its days are not known
        assertThat(planned.body()).contains("\"field\":\"to\"");

        var clock = new Overdue(port);
        try {
            clock.moveClock("P20D");
            var appraised = post("leagueduty", base + "/appraisals", """
                    {"from":"%s","to":"%s","note":"边坡稳定性技术鉴定"}""".formatted(day.plusDays(5), day.plusDays(14)));
            assertThat(appraised.status()).as(appraised.body()).isEqualTo(200);
            assertThat(appraised.json().get("appraisalDays").asLong()).isEqualTo(10);
            // a second appraisal overlapping the first: the days both ran count once
            var overlapping =
                    post("leagueduty", base + "/appraisals", """
                    {"from":"%s","to":"%s","note":"爆破振动鉴定"}""".formatted(day.plusDays(10), day.plusDays(16)));
            assertThat(overlapping.json().get("appraisalDays").asLong()).isEqualTo(12);
            assertThat(overlapping.json().get("dueOn").asString())
                    .isEqualTo(day.plusDays(60 + 30 + 12).toString());
            assertThat(post("leagueduty", base + "/appraisals", """
                    {"from":"%s","to":"%s"}""".formatted(day.plusDays(5), day.plusDays(2)))
                            .status())
                    .isEqualTo(400);
            clock.moveClock("P96D");
            assertThat(Api.at(port).as("leader").get(base).json().get("state").asString())
                    .isEqualTo("DUE_SOON");
            clock.moveClock("P103D");
            assertThat(Api.at(port).as("leader").get(base).json().get("state").asString())
                    .isEqualTo("OVERDUE");
        } finally {
            clock.moveClock("P0D");
        }
        var future = Api.at(port).as("leagueduty").put(base + "/findings", """
                {"directCause":"x","indirectCauses":"y","nature":"LIABILITY","reportSubmittedOn":"%s"}""".formatted(
                        LocalDate.now(CHINA).plusDays(3)));
        assertThat(future.status()).isEqualTo(400);
        var found = Api.at(port).as("leagueduty").put(base + "/findings", """
                {"directCause":"未按设计开采，台阶合并形成高陡边坡，边坡失稳","indirectCauses":"以包代管；监测不到位",
                 "nature":"LIABILITY","reportSubmittedOn":"%s"}""".formatted(LocalDate.now(CHINA)));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("state").asString()).isEqualTo("REPORTED");
        assertThat(found.json().get("nature").asString()).isEqualTo("LIABILITY");
    }

    @Test
    void theGovernmentResponsibleAfterARegradingTakesTheInvestigationOver() {
        var accident = accident(2);
        long id = accident.get("id").asLong();
        var base = "/api/v1/accidents/" + id + "/investigation";
        assertThat(post("inspector", base, "{\"leadingUnit\":\"阿拉善左旗人民政府事故调查组\"}")
                        .status())
                .isEqualTo(201);
        // while it is 一般, the county keeps it
        assertThat(post("leagueduty", base, "{\"leadingUnit\":\"阿拉善盟人民政府事故调查组\"}")
                        .status())
                .isEqualTo(409);
        var graver = post("mine1", "/api/v1/accidents/" + id + "/updates", """
                {"deaths":3,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":2000000}""");
        assertThat(graver.json().get("level").asString()).isEqualTo("LARGER");
        // the accident's page offers the take-over to the league's department, not to the county's
        var page = "/accidents/" + id;
        assertThat(new org.safeledger.support.PageClient(port)
                        .signIn("leagueduty", "demo2026")
                        .get(page)
                        .body())
                .contains("id=\"take-over-help\"");
        assertThat(new org.safeledger.support.PageClient(port)
                        .signIn("inspector", "demo2026")
                        .get(page)
                        .body())
                .doesNotContain("id=\"take-over-help\"");
        var taken = post("leagueduty", base, "{\"leadingUnit\":\"阿拉善盟人民政府事故调查组\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().get("departmentName").asString()).isEqualTo("阿拉善盟应急管理局");
        assertThat(taken.json().get("body").asString()).isEqualTo("PREFECTURE_GOVERNMENT");
        // the county no longer records it
        assertThat(Api.at(port).as("inspector").put(base + "/findings", """
                                {"directCause":"x","indirectCauses":"y","nature":"LIABILITY"}""").status())
                .isEqualTo(403);
    }

    @Test
    void recommendationsAndResponsibilitiesAreTrackedToClosureByTheHazardLoop() {
        var accident = accident(1);
        long id = accident.get("id").asLong();
        var base = "/api/v1/accidents/" + id + "/investigation";
        assertThat(post("inspector", base, "{\"leadingUnit\":\"阿拉善左旗人民政府事故调查组\"}")
                        .status())
                .isEqualTo(201);
        var deadline = LocalDate.now(CHINA).plusDays(30);
        var noParty = post("inspector", base + "/items", """
                {"kind":"RESPONSIBILITY","text":"对事故负有责任","responsible":"示例土方工程有限公司","deadline":"%s"}""".formatted(deadline));
        assertThat(noParty.status()).isEqualTo(400);
        assertThat(noParty.body()).contains("partyKind");
        var past = post("inspector", base + "/items", """
                {"kind":"RECOMMENDATION","text":"x","responsible":"y","deadline":"2020-01-01"}""");
        assertThat(past.status()).isEqualTo(400);
        var withRec = post("inspector", base + "/items", """
                {"kind":"RECOMMENDATION","text":"编制边坡监测方案并委托开展边坡稳定性分析","responsible":"阿拉善左旗宏岩露天煤矿",
                 "deadline":"%s"}""".formatted(deadline));
        assertThat(withRec.status()).as(withRec.body()).isEqualTo(201);
        var withResp = post("inspector", base + "/items", """
                {"kind":"RESPONSIBILITY","text":"未履行安全生产管理职责","responsible":"矿长 张某","partyKind":"PERSON",
                 "proposed":["ADMINISTRATIVE_SANCTION","FINE"],"deadline":"%s"}""".formatted(deadline));
        assertThat(withResp.status()).as(withResp.body()).isEqualTo(201);
        var items = withResp.json().get("items");
        assertThat(items).hasSize(2);
        JsonNode recommendation = null;
        JsonNode responsibility = null;
        for (var item : items) {
            if (item.get("kind").asString().equals("RECOMMENDATION")) {
                recommendation = item;
            } else {
                responsibility = item;
            }
        }
        assertThat(recommendation.get("status").asString()).isEqualTo("RECTIFYING");
        long hazardId = recommendation.get("hazardId").asLong();
        var hazard =
                Api.at(port).as("inspector").get("/api/v1/hazards/" + hazardId).json();
        assertThat(hazard.get("source").asString()).isEqualTo("ACCIDENT_INVESTIGATION");
        assertThat(hazard.get("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(hazard.get("listing").get("departmentName").asString()).isEqualTo("阿拉善左旗应急管理局");

        var decided =
                post("inspector", base + "/items/" + responsibility.get("id").asLong() + "/decision", """
                {"decided":["ADMINISTRATIVE_SANCTION"],"note":"阿左政批〔2026〕3号"}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(post("inspector", base + "/items/" + recommendation.get("id").asLong() + "/decision", """
                {"decided":["FINE"]}""")
                        .status())
                .isEqualTo(404);
        assertThat(post("mine1", base + "/items", "{}").status()).isEqualTo(403);

        // the mine submits its evidence; it cannot close what the department lists; the department verifies
        var version = hazard.get("version").asInt();
        var submitted = post("mine1", "/api/v1/hazards/" + hazardId + "/actions/submit", """
                {"version":%d,"evidence":"边坡监测方案已编制，稳定性分析报告已出具","attachmentIds":[]}""".formatted(version));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        var byMine = post("mine1", "/api/v1/hazards/" + hazardId + "/actions/accept", """
                {"version":%d,"opinion":"x"}""".formatted(
                        submitted.json().get("version").asInt()));
        assertThat(byMine.status()).isEqualTo(403);
        var accepted = post("inspector", "/api/v1/hazards/" + hazardId + "/actions/accept", """
                {"version":%d,"opinion":"已核查落实"}""".formatted(
                        submitted.json().get("version").asInt()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        var after = Api.at(port).as("leader").get(base).json();
        for (var item : after.get("items")) {
            if (item.get("kind").asString().equals("RECOMMENDATION")) {
                assertThat(item.get("status").asString()).isEqualTo("CLOSED");
            } else {
                assertThat(item.get("decided").toString()).contains("ADMINISTRATIVE_SANCTION");
                assertThat(item.get("status").asString()).isEqualTo("RECTIFYING");
            }
        }
    }
}
