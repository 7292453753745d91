package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rest of the major-hazard path: a major hazard owes its dual report (to the regulator and to the workers'
 * congress, Work Safety Law art. 41) within the configured time, each half recorded once and late when late; the
 * affected area's production stops until the hazard is closed, which a regulator does.
 */
@IntegrationTest
class DualReportAndSuspensionIT {

    @LocalServerPort
    int port;

    private JsonNode hazard(long id) {
        return Api.at(port).as("inspector").get("/api/v1/hazards/" + id).json();
    }

    private Api.Response act(String user, long id, String action, String body) {
        return Api.at(port)
                .as(user)
                .post(
                        "/api/v1/hazards/" + id + "/actions/" + action,
                        body.replace(
                                "$version",
                                Integer.toString(hazard(id).get("version").asInt())));
    }

    private long major(String title) {
        var me = Api.at(port).as("mine1").get("/api/v1/me").json();
        var report = Api.at(port).as("mine1").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"边坡变形","location":"北帮",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                me.get("enterpriseId").asLong(), title, OffsetDateTime.now().minusHours(1)));
        long id = report.json().get("id").asLong();
        var cited = act("inspector", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"18.10\"}");
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        return id;
    }

    private JsonNode report(JsonNode hazard, String channel) {
        for (var r : hazard.get("majorReports")) {
            if (r.get("channel").asString().equals(channel)) {
                return r;
            }
        }
        throw new AssertionError(channel);
    }

    @Test
    void aMajorHazardOwesBothHalvesOfTheDualReportEachRecordedOnce() {
        long id = major("边坡严重变形（双报告）");
        var owed = hazard(id);
        assertThat(owed.get("majorReports")).hasSize(2);
        var due = Instant.parse(report(owed, "REGULATOR").get("dueAt").asString());
        assertThat(due)
                .isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(25 * 3600));
        assertThat(report(owed, "REGULATOR").get("reportedAt").isNull()).isTrue();
        assertThat(report(owed, "WORKERS_CONGRESS").get("late").asBoolean()).isFalse();

        var missing =
                act("mine1", id, "report_major", "{\"version\":$version,\"channel\":\"REGULATOR\",\"report\":\"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"recipient\"");
        var badChannel = act(
                "mine1",
                id,
                "report_major",
                "{\"version\":$version,\"channel\":\"PRESS\",\"recipient\":\"x\",\"report\":\"x\"}");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.body()).contains("\"field\":\"channel\"");

        var done = act("mine1", id, "report_major", """
                {"version":$version,"channel":"REGULATOR","recipient":"阿拉善左旗应急管理局",
                 "report":"北帮边坡角超设计值5°，原因为超挖；危害大，整改需削坡减载30日"}""");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        var regulator = report(done.json(), "REGULATOR");
        assertThat(regulator.get("recipient").asString()).isEqualTo("阿拉善左旗应急管理局");
        assertThat(regulator.get("late").asBoolean()).isFalse();
        assertThat(regulator.get("reportedBy").asString()).contains("李志刚");
        var again = act("mine1", id, "report_major", """
                {"version":$version,"channel":"REGULATOR","recipient":"x","report":"x"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(timeline(id)).contains("MAJOR_REPORTED");

        // a general hazard owes no dual report
        var me = Api.at(port).as("mine1").get("/api/v1/me").json();
        long general = Api.at(port)
                .as("mine1")
                .post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"一般隐患","description":"d","location":"l",
                         "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                        me.get("enterpriseId").asLong(), OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();
        assertThat(act("mine1", general, "report_major", """
                        {"version":$version,"channel":"REGULATOR","recipient":"x","report":"x"}""").status()).isEqualTo(409);
        assertThat(hazard(general).get("majorReports")).isEmpty();
    }

    @Test
    void aReportNotMadeInTimeIsLate() {
        long id = major("边坡严重变形（逾期报告）");
        var overdue = new Overdue(port);
        try {
            overdue.moveClock("P2D");
            var late = hazard(id);
            assertThat(report(late, "WORKERS_CONGRESS").get("late").asBoolean()).isTrue();
            var made = act("mine1", id, "report_major", """
                    {"version":$version,"channel":"WORKERS_CONGRESS","recipient":"职工代表大会","report":"已在职代会通报"}""");
            assertThat(report(made.json(), "WORKERS_CONGRESS").get("late").asBoolean())
                    .isTrue();
        } finally {
            overdue.moveClock("P0D");
        }
        var page = new PageClient(port)
                .signIn("inspector", "demo2026")
                .get("/hazards/" + id)
                .body();
        assertThat(paragraph(page, "major-report-WORKERS_CONGRESS"))
                .contains("逾期")
                .contains("已在职代会通报");
        // back in real time the other half is owed but not late yet; the half reported late stays late
        assertThat(paragraph(page, "major-report-REGULATOR")).contains("应于").doesNotContain("逾期");
    }

    @Test
    void aDowngradedHazardOwesNoReportAndIsOwedAnewWhenGradedAgain() {
        long id = major("边坡变形（降级）");
        assertThat(act("inspector", id, "downgrade", "{\"version\":$version,\"reason\":\"复测未超设计值\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hazard(id).get("majorReports")).isEmpty();
        assertThat(act("mine1", id, "report_major", """
                        {"version":$version,"channel":"REGULATOR","recipient":"x","report":"x"}""").status()).isEqualTo(409);
        assertThat(act("inspector", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"18.10\"}")
                        .status())
                .isEqualTo(200);
        var owed = hazard(id);
        assertThat(owed.get("majorReports")).hasSize(2);
        assertThat(report(owed, "REGULATOR").get("late").asBoolean()).isFalse();
    }

    @Test
    void aStopOrderedByTheInspectorOnAGeneralHazardIsLiftedByARegulatorOnly() {
        var me = Api.at(port).as("mine1").get("/api/v1/me").json();
        long id = Api.at(port)
                .as("mine1")
                .post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"皮带机护罩缺失","description":"d","location":"破碎站",
                         "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                        me.get("enterpriseId").asLong(), OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();
        assertThat(act("inspector", id, "suspend", "{\"version\":$version,\"area\":\"破碎站（测试）\"}")
                        .status())
                .isEqualTo(200);
        assertThat(act("mine1", id, "assign", """
                        {"version":$version,"plan":"加装护罩","responsiblePerson":"王工","deadline":"%s"}""".formatted(LocalDate.now().plusDays(5)))
                        .status())
                .isEqualTo(200);
        assertThat(act("mine1", id, "submit", "{\"version\":$version,\"evidence\":\"已加装\"}")
                        .status())
                .isEqualTo(200);
        var self = act("mine1", id, "accept", "{\"version\":$version,\"opinion\":\"自验合格\"}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(hazard(id).get("suspension").get("liftedAt").isNull()).isTrue();
        assertThat(act("inspector", id, "accept", "{\"version\":$version,\"opinion\":\"复查合格\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hazard(id).get("suspension").get("liftedAt").isNull()).isFalse();
    }

    private static String paragraph(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</p>", start));
    }

    @Test
    void theAffectedAreaStopsUntilARegulatorClosesTheHazard() {
        long id = major("边坡严重变形（停产）");
        long enterprise = hazard(id).get("enterpriseId").asLong();
        var noArea = act("mine1", id, "suspend", "{\"version\":$version}");
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(noArea.body()).contains("\"field\":\"area\"");
        var stopped = act("mine1", id, "suspend", "{\"version\":$version,\"area\":\"北帮+1190平台（测试）\"}");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("suspension").get("area").asString()).isEqualTo("北帮+1190平台（测试）");
        assertThat(act("inspector", id, "suspend", "{\"version\":$version,\"area\":\"全矿\"}")
                        .status())
                .isEqualTo(409);
        assertThat(suspendedAreas("mine1", enterprise)).contains("北帮+1190平台（测试）");
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/hazards/suspensions?enterpriseId=" + enterprise)
                        .status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("leader")
                        .post("/api/v1/hazards/" + id + "/actions/suspend", "{}")
                        .status())
                .isEqualTo(403);
        var ledger = Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards?suspended=true&size=500")
                .json();
        assertThat(ledger.get("items").findValuesAsString("title")).contains("边坡严重变形（停产）");
        var home = new PageClient(port).signIn("mine1", "demo2026").get("/").body();
        assertThat(home).contains("id=\"production-status\"").contains("停产：北帮+1190平台（测试）");

        var assigned = act("mine1", id, "assign", """
                {"version":$version,"plan":"削坡减载","responsiblePerson":"李志刚","deadline":"%s",
                 "fiveImplementations":{"responsibility":"矿长","measures":"削坡","funding":"120万元","deadline":"30日内",
                 "contingencyPlan":"撤离预案"},
                 "treatmentPlan":{"objectives":"坡角达设计值","methods":"削坡减载","fundingAndMaterials":"120万元",
                 "organisation":"生产技术科","timeLimit":"30日内","safetyMeasures":"监测、撤人"}}""".formatted(LocalDate.now().plusDays(30)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(act("mine1", id, "submit", "{\"version\":$version,\"evidence\":\"已削坡\"}")
                        .status())
                .isEqualTo(200);
        // the mine cannot close it (and so cannot lift the stop) itself
        assertThat(act("mine1", id, "accept", "{\"version\":$version,\"opinion\":\"自验合格\"}")
                        .status())
                .isEqualTo(403);
        assertThat(suspendedAreas("mine1", enterprise)).contains("北帮+1190平台（测试）");
        var closed = act("inspector", id, "accept", "{\"version\":$version,\"opinion\":\"复查合格，同意复产\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("suspension").get("liftedAt").isNull()).isFalse();
        assertThat(suspendedAreas("mine1", enterprise)).doesNotContain("北帮+1190平台（测试）");
        assertThat(timeline(id)).containsSubsequence("SUSPENDED", "ACCEPTED", "RESUMED");
    }

    private List<String> suspendedAreas(String user, long enterprise) {
        var list = Api.at(port)
                .as(user)
                .get("/api/v1/hazards/suspensions?enterpriseId=" + enterprise)
                .json();
        return list.findValuesAsString("area");
    }

    private List<String> timeline(long id) {
        var types = new ArrayList<String>();
        Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + id + "/events")
                .json()
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }
}
