package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The walk: an inspector cites 18.10 (open-pit slope angle) on a hazard of the demo open-pit mine; it
 * becomes major; the mine cannot start fixing it without its five implementations, nor close it itself.
 */
@IntegrationTest
class MajorHazardIT {

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

    private long reported(String user, String title) {
        var me = Api.at(port).as(user).get("/api/v1/me").json();
        var report = Api.at(port).as(user).post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"北帮边坡角实测47°，设计最大值42°","location":"北帮",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                me.get("enterpriseId").asLong(), title, OffsetDateTime.now().minusHours(2)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        return report.json().get("id").asLong();
    }

    private long clause(String number) {
        return Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=" + number)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
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

    @Test
    void citingEighteenTenMakesItMajorAndTheMineNeedsItsFiveImplementationsAndARegulatorToClose() {
        long id = reported("mine1", "北帮边坡角超过设计最大值");
        var graded = act("inspector", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"18.10\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        assertThat(graded.json().get("grade").asString()).isEqualTo("MAJOR");
        var citation = graded.json().get("citations").get(0);
        assertThat(citation.get("standardCode").asString()).isEqualTo("COAL_MINE_MAJOR");
        assertThat(citation.get("versionKey").asString()).isEqualTo("MEM-4-2020");
        assertThat(citation.get("number").asString()).isEqualTo("18.10");
        assertThat(citation.get("text").asString()).startsWith("（十）露天煤矿边坡角大于设计最大值");

        // no rectification without the five implementations: 422 naming what is missing, nothing changed
        var bare = act(
                "mine1", id, "assign", """
                {"version":$version,"plan":"削坡减载","responsiblePerson":"李志刚","deadline":"%s",
                 "fiveImplementations":{"responsibility":"矿长李志刚","measures":"削坡减载至设计坡角"}}""".formatted(java.time.LocalDate.now().plusDays(30)));
        assertThat(bare.status()).as(bare.body()).isEqualTo(422);
        assertThat(bare.body())
                .contains("fiveImplementations.funding")
                .contains("fiveImplementations.deadline")
                .contains("fiveImplementations.contingencyPlan")
                .contains("treatmentPlan.objectives")
                .contains("treatmentPlan.safetyMeasures")
                .doesNotContain("fiveImplementations.measures\"");
        assertThat(hazard(id).get("status").asString()).isEqualTo("REPORTED");

        var assigned = act(
                "mine1", id, "assign", """
                {"version":$version,"plan":"削坡减载","responsiblePerson":"李志刚","deadline":"%s",
                 "fiveImplementations":{"responsibility":"矿长李志刚","measures":"削坡减载至设计坡角","funding":"安全费用120万元",
                 "deadline":"30日内","contingencyPlan":"边坡监测预警与人员撤离预案"},
                 "treatmentPlan":{"objectives":"坡角降至设计值以内","methods":"自上而下削坡减载","fundingAndMaterials":"120万元，挖机两台",
                 "organisation":"生产技术科，科长王工","timeLimit":"30日内完成并验收","safetyMeasures":"边坡雷达监测，危险区撤人"}}""".formatted(java.time.LocalDate.now().plusDays(30)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("fiveImplementations").get("funding").asString())
                .isEqualTo("安全费用120万元");

        assertThat(act("mine1", id, "submit", "{\"version\":$version,\"evidence\":\"已削坡\"}")
                        .status())
                .isEqualTo(200);
        assertThat(act("mine1", id, "accept", "{\"version\":$version,\"opinion\":\"自验合格\"}")
                        .status())
                .isEqualTo(403);
        var closed = act("inspector", id, "accept", "{\"version\":$version,\"opinion\":\"现场复核，坡角符合设计\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(timeline(id)).containsExactly("REPORTED", "GRADED", "ASSIGNED", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void aReportCitingAClauseInForceIsMajorAndWrongCitationsAreRefused() {
        long mine = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        String report = """
                {"enterpriseId":%d,"title":"边坡变形未治理","description":"南帮出现严重变形","location":"南帮",
                 "sector":"%s","discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION","clauseIds":[%d]}""";
        var major = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/hazards",
                        report.formatted(mine, "COAL_MINE", OffsetDateTime.now().minusHours(1), clause("18.10")));
        assertThat(major.status()).as(major.body()).isEqualTo(201);
        assertThat(major.json().get("grade").asString()).isEqualTo("MAJOR");
        assertThat(major.json().get("citations").get(0).get("number").asString())
                .isEqualTo("18.10");

        // discovered before the 2020 standard was in force
        var early = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/hazards",
                        report.formatted(mine, "COAL_MINE", "2020-06-01T09:00:00+08:00", clause("18.10")));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("clauseIds");
        // a coal-mine clause on another sector's hazard, an aspect heading, an unknown clause
        assertThat(Api.at(port)
                        .as("inspector")
                        .post(
                                "/api/v1/hazards",
                                report.formatted(mine, "NON_COAL_MINE", OffsetDateTime.now(), clause("18.10")))
                        .status())
                .isIn(400, 403);
        var aspect = Api.at(port)
                .as("inspector")
                .post("/api/v1/hazards", report.formatted(mine, "COAL_MINE", OffsetDateTime.now(), clause("3.15")));
        assertThat(aspect.status()).isEqualTo(400);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/hazards", report.formatted(mine, "COAL_MINE", OffsetDateTime.now(), 99999999L))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyRegulatorsGradeAndDowngradeAndADowngradeNeedsItsReason() {
        long id = reported("mine2", "排土场边坡变形");
        assertThat(act("mine2", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"18.10\"}")
                        .status())
                .isEqualTo(403);
        assertThat(act("inspector", id, "downgrade", "{\"version\":$version,\"reason\":\"不是重大\"}")
                        .status())
                .isEqualTo(409);
        assertThat(act("inspector", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"99.9\"}")
                        .status())
                .isEqualTo(400);
        assertThat(act("inspector", id, "cite", "{\"version\":$version,\"clauseNumbers\":\"18.10\"}")
                        .status())
                .isEqualTo(200);
        assertThat(act("inspector", id, "downgrade", "{\"version\":$version}").status())
                .isEqualTo(400);
        assertThat(act("mine2", id, "downgrade", "{\"version\":$version,\"reason\":\"自认为一般\"}")
                        .status())
                .isEqualTo(403);
        var down = act("inspector", id, "downgrade", "{\"version\":$version,\"reason\":\"复测坡角未超设计值\"}");
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(down.json().get("grade").asString()).isEqualTo("GENERAL");
        assertThat(timeline(id)).containsExactly("REPORTED", "GRADED", "DOWNGRADED");
    }
}
