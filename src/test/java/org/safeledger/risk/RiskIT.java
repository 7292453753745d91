package org.safeledger.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Risk grading through the API: the calculator of api.md refuses values outside the tables; risk points are
 * identified and assessed by the enterprise's principal and regulators, read within the data scope, counted by
 * colour; a hazard belongs to a risk point of its own enterprise; a new method version never rewrites a past
 * assessment.
 */
@IntegrationTest
class RiskIT {

    @LocalServerPort
    int port;

    private long enterpriseOf(String user) {
        return Api.at(port)
                .as(user)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
    }

    private long point(String user, long enterpriseId, String name) {
        var created = Api.at(port).as(user).post("/api/v1/risk-points", """
                {"enterpriseId":%d,"name":"%s","place":"采场","activity":"采装作业","hazardFactors":"边坡失稳",
                 "controlMeasures":"位移监测","responsiblePost":"采矿车间"}""".formatted(enterpriseId, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("level").isNull()).isTrue();
        return created.json().get("id").asLong();
    }

    @Test
    void theCalculatorGivesScoreBandLevelAndColourAndRefusesValuesOutsideTheTables() {
        var lec = Api.at(port).as("chem1").post("/api/v1/risk-assessments/evaluate", """
                {"method":"LEC","l":3,"e":6,"c":15}""");
        assertThat(lec.status()).as(lec.body()).isEqualTo(200);
        assertThat(lec.json().get("score").asInt()).isEqualTo(270);
        assertThat(lec.json().get("band").asString()).isEqualTo("2");
        assertThat(lec.json().get("level").asString()).isEqualTo("LARGER");
        assertThat(lec.json().get("colour").asString()).isEqualTo("ORANGE");

        var ls = Api.at(port).as("leader").post("/api/v1/risk-assessments/evaluate", """
                {"method":"LS","l":4,"s":5}""");
        assertThat(ls.json().get("score").asInt()).isEqualTo(20);
        assertThat(ls.json().get("level").asString()).isEqualTo("MAJOR");
        assertThat(ls.json().get("colour").asString()).isEqualTo("RED");

        var outside = Api.at(port).as("chem1").post("/api/v1/risk-assessments/evaluate", """
                {"method":"LEC","l":4,"e":6,"c":15}""");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("\"field\":\"l\"").contains("0.5");
        var missing = Api.at(port).as("chem1").post("/api/v1/risk-assessments/evaluate", """
                {"method":"LS","l":4}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"s\"");
        var unknown = Api.at(port).as("chem1").post("/api/v1/risk-assessments/evaluate", """
                {"method":"ABC","l":4}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"method\"");
    }

    @Test
    void aRiskPointIsAssessedGradedAndSeenOnlyInScope() {
        long mine1 = enterpriseOf("mine1");
        long id = point("mine1", mine1, "一号破碎站");
        var assessed = Api.at(port).as("mine1").post("/api/v1/risk-points/" + id + "/assessments", """
                {"method":"LEC","factors":{"l":6,"e":6,"c":15},"note":"雨季复评"}""");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        assertThat(assessed.json().get("score").asInt()).isEqualTo(540);
        assertThat(assessed.json().get("level").asString()).isEqualTo("MAJOR");
        assertThat(assessed.json().get("colour").asString()).isEqualTo("RED");
        assertThat(assessed.json().get("methodVersion").asString()).isEqualTo("LEC-2016-classic");

        var read = Api.at(port).as("inspector").get("/api/v1/risk-points/" + id).json();
        assertThat(read.get("level").asString()).isEqualTo("MAJOR");
        assertThat(read.get("colour").asString()).isEqualTo("RED");

        // a bad value changes nothing
        var bad = Api.at(port).as("mine1").post("/api/v1/risk-points/" + id + "/assessments", """
                {"method":"LEC","factors":{"l":6,"e":7,"c":15}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"e\"");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/risk-points/" + id + "/assessments")
                        .json())
                .hasSize(1);

        // the other mine does not see it; enterprise staff and leaders read but do not assess
        assertThat(Api.at(port).as("mine2").get("/api/v1/risk-points/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/risk-points?enterpriseId=" + mine1)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(Api.at(port).as("leader").get("/api/v1/risk-points/" + id).status())
                .isEqualTo(200);
        assertThat(Api.at(port)
                        .as("leader")
                        .post(
                                "/api/v1/risk-points/" + id + "/assessments",
                                "{\"method\":\"LS\",\"factors\":{\"l\":1,\"s\":1}}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("chem1")
                        .post("/api/v1/risk-points", """
                        {"enterpriseId":%d,"name":"x","place":"x","activity":"x","hazardFactors":"x",
                         "controlMeasures":"x","responsiblePost":"x"}""".formatted(enterpriseOf("chem1")))
                        .status())
                .isEqualTo(403);
        // an enterprise principal cannot file risk points for another enterprise
        var foreign = Api.at(port).as("mine2").post("/api/v1/risk-points", """
                {"enterpriseId":%d,"name":"x","place":"x","activity":"x","hazardFactors":"x",
                 "controlMeasures":"x","responsiblePost":"x"}""".formatted(mine1));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("enterpriseId");
        var blank = Api.at(port).as("mine1").post("/api/v1/risk-points", """
                {"enterpriseId":%d,"name":"","place":"x","activity":"x","hazardFactors":"x",
                 "controlMeasures":"x","responsiblePost":"x"}""".formatted(mine1));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"field\":\"name\"");
    }

    @Test
    void theFourColourOverviewCountsThePointsOfEachLevel() {
        long mine1 = enterpriseOf("mine1");
        var before =
                Api.at(port).as("mine1").get("/api/v1/risk-points/overview").json();
        long id = point("mine1", mine1, "二号排土场");
        Api.at(port).as("inspector").post("/api/v1/risk-points/" + id + "/assessments", """
                {"method":"LS","factors":{"l":2,"s":2}}""");
        var after = Api.at(port).as("mine1").get("/api/v1/risk-points/overview").json();
        assertThat(after.get("GENERAL").asLong())
                .isEqualTo(before.get("GENERAL").asLong() + 1);
        assertThat(after.get("MAJOR").asLong()).isEqualTo(before.get("MAJOR").asLong());
        // the demo mine has one point of each colour at least
        for (var level : RiskLevel.values()) {
            assertThat(after.get(level.name()).asLong()).as(level.name()).isPositive();
        }
        var yellow = Api.at(port)
                .as("mine1")
                .get("/api/v1/risk-points?level=GENERAL&size=500")
                .json();
        assertThat(yellow.get("items").findValuesAsString("level")).containsOnly("GENERAL");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/risk-points?level=PURPLE")
                        .status())
                .isEqualTo(400);
        // mine2 sees none of mine1's points in its overview
        var mine2 = Api.at(port).as("mine2").get("/api/v1/risk-points/overview").json();
        assertThat(mine2.get("MAJOR").asLong()).isLessThan(after.get("MAJOR").asLong());
    }

    @Test
    void aHazardBelongsToARiskPointOfItsOwnEnterprise() {
        long mine1 = enterpriseOf("mine1");
        long point = point("mine1", mine1, "三号运输道路");
        var report = """
                {"enterpriseId":%d,"title":"挡车墙缺失","description":"弯道挡车墙缺失10米","location":"K2+100",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION","riskPointId":%d}""";
        var linked = Api.at(port)
                .as("mine1")
                .post(
                        "/api/v1/hazards",
                        report.formatted(mine1, OffsetDateTime.now().minusHours(1), point));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("riskPointId").asLong()).isEqualTo(point);
        var ledger = Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards?riskPoint=" + point)
                .json();
        assertThat(ledger.get("total").asInt()).isEqualTo(1);

        long otherMine = point("mine2", enterpriseOf("mine2"), "别家的风险点");
        var foreign = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/hazards",
                        report.formatted(mine1, OffsetDateTime.now().minusHours(1), otherMine));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("riskPointId");
    }

    @Test
    void aNewMethodVersionLeavesPastAssessmentsAsTheyWere() {
        var code = "LSX" + System.nanoTime() % 100_000;
        assertThat(load("inspector", file(code, "V1", "2020-01-01", 9)).status())
                .isEqualTo(403);
        var v1 = load("admin", file(code, "V1", "2020-01-01", 9));
        assertThat(v1.status()).as(v1.body()).isEqualTo(201);
        long point = point("mine1", enterpriseOf("mine1"), "四号点");
        var first = Api.at(port).as("mine1").post("/api/v1/risk-points/" + point + "/assessments", """
                {"method":"%s","factors":{"l":3,"s":3}}""".formatted(code));
        assertThat(first.json().get("level").asString()).isEqualTo("LARGER");

        // version 2 moves the edge: 9 is now general; it closes version 1 the day before it starts
        var v2 = load("admin", file(code, "V2", "2021-01-01", 10));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        var v1After = Api.at(port)
                .as("mine1")
                .get("/api/v1/risk-methods/" + code + "/versions/V1")
                .json();
        assertThat(v1After.get("effectiveTo").asString()).isEqualTo("2020-12-31");
        var now = Api.at(port).as("mine1").post("/api/v1/risk-assessments/evaluate", """
                {"method":"%s","l":3,"s":3}""".formatted(code));
        assertThat(now.json().get("level").asString()).isEqualTo("GENERAL");
        assertThat(now.json().get("version").asString()).isEqualTo("V2");
        var history = Api.at(port)
                .as("mine1")
                .get("/api/v1/risk-points/" + point + "/assessments")
                .json();
        assertThat(history.get(0).get("methodVersion").asString()).isEqualTo("V1");
        assertThat(history.get(0).get("level").asString()).isEqualTo("LARGER");

        // a table whose bands leave a product unmapped is refused naming the product
        var gap = load(
                "admin",
                new String(file(code, "V3", "2022-01-01", 10), StandardCharsets.UTF_8)
                        .replace("\"min\": 1,", "\"min\": 2,")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.body()).contains("score 1 falls in 0 bands");
    }

    private Api.Response load(String user, byte[] file) {
        return Api.at(port).as(user).upload("/api/v1/risk-methods", "method.json", file);
    }

    /** A two-factor method whose "larger" band starts at {@code largerFrom}. */
    private static byte[] file(String code, String version, String from, int largerFrom) {
        return """
                {"method": "%s", "versionKey": "%s", "title": "测试方法", "issuer": "测试", "source": "测试",
                 "formula": "R = L × S", "effectiveFrom": "%s",
                 "factors": [
                   {"key": "l", "name": "可能性", "values": [{"value": 1, "label": "低"}, {"value": 3, "label": "中"}, {"value": 5, "label": "高"}]},
                   {"key": "s", "name": "严重性", "values": [{"value": 1, "label": "轻"}, {"value": 3, "label": "中"}, {"value": 5, "label": "重"}]}],
                 "bands": [
                   {"code": "A", "label": "重大", "min": 20, "minInclusive": true, "max": null, "maxInclusive": false, "level": "MAJOR"},
                   {"code": "B", "label": "较大", "min": %d, "minInclusive": true, "max": 20, "maxInclusive": false, "level": "LARGER"},
                   {"code": "C", "label": "一般", "min": 1, "minInclusive": true, "max": %d, "maxInclusive": false, "level": "GENERAL"}]}""".formatted(code, version, from, largerFrom, largerFrom).getBytes(StandardCharsets.UTF_8);
    }
}
