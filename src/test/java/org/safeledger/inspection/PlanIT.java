package org.safeledger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The annual plan: made by the department head per sector and supervision class; progress counted from the
 * department's completed law-enforcement inspections, in total and per inspector; key enterprises drawn on their own.
 */
@IntegrationTest
class PlanIT {

    @LocalServerPort
    int port;

    private JsonNode line(JsonNode plan, String sector, String supervisionClass) {
        for (var l : plan.get("lines")) {
            if (l.get("sector").asString().equals(sector)
                    && l.get("supervisionClass").asString().equals(supervisionClass)) {
                return l;
            }
        }
        throw new AssertionError(sector + "/" + supervisionClass);
    }

    private long doneBy(JsonNode plan, String username) {
        long id = Api.at(port).as(username).get("/api/v1/me").json().get("id").asLong();
        for (var i : plan.get("inspectors")) {
            if (i.get("userId").asLong() == id) {
                return i.get("done").asLong();
            }
        }
        throw new AssertionError(username);
    }

    private void inspect(long enterprise) {
        var checklist = Api.at(port)
                .as("inspector")
                .get("/api/v1/checklists?enterpriseId=" + enterprise)
                .json();
        long template = -1;
        for (var c : checklist) {
            if (c.get("name").asString().equals("露天煤矿重大事故隐患执法检查表")) {
                template = c.get("id").asLong();
            }
        }
        long depthead =
                Api.at(port).as("depthead").get("/api/v1/me").json().get("id").asLong();
        long inspector =
                Api.at(port).as("inspector").get("/api/v1/me").json().get("id").asLong();
        var run = Api.at(port).as("inspector").post("/api/v1/inspections/enforcement", """
                {"templateId":%d,"enterpriseId":%d,"mode":"ANNOUNCED","teamIds":[%d,%d]}""".formatted(
                        template, enterprise, inspector, depthead));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        var done = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/inspections/" + run.json().get("id").asLong() + "/complete",
                        "{\"version\":%d}".formatted(run.json().get("version").asInt()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    @Test
    void theHeadPlansTheYearAndTheInspectionsFillIt() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        long mine1 = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        assertThat(Api.at(port)
                        .as("inspector")
                        .put("/api/v1/supervision-classes/" + mine1, "{\"supervisionClass\":\"KEY\"}")
                        .status())
                .isEqualTo(204);
        assertThat(Api.at(port)
                        .as("mine1")
                        .put("/api/v1/supervision-classes/" + mine1, "{\"supervisionClass\":\"GENERAL\"}")
                        .status())
                .isEqualTo(403);
        var body = """
                {"year":%d,"title":"%d年度安全生产监督检查计划","lines":[
                 {"sector":"COAL_MINE","supervisionClass":"KEY","coveragePercent":100,"visitsPerEnterprise":2},
                 {"sector":"COAL_MINE","supervisionClass":"GENERAL","coveragePercent":50,"visitsPerEnterprise":1}]}""".formatted(year, year);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/enforcement-plans", body)
                        .status())
                .isEqualTo(403);
        var bad = Api.at(port)
                .as("depthead")
                .post("/api/v1/enforcement-plans", body.replace("\"coveragePercent\":100", "\"coveragePercent\":0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("lines[0].coveragePercent");
        var created = Api.at(port).as("depthead").post("/api/v1/enforcement-plans", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(Api.at(port)
                        .as("depthead")
                        .post("/api/v1/enforcement-plans", body)
                        .status())
                .isEqualTo(409);

        var before = Api.at(port)
                .as("inspector")
                .get("/api/v1/enforcement-plans/" + year)
                .json();
        var key = line(before, "COAL_MINE", "KEY");
        assertThat(key.get("enterprises").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(key.get("targetVisits").asLong())
                .isEqualTo(key.get("enterprises").asLong() * 2);
        var general = line(before, "COAL_MINE", "GENERAL");
        assertThat(general.get("targetEnterprises").asLong())
                .isEqualTo((general.get("enterprises").asLong() * 50 + 99) / 100);

        inspect(mine1);
        inspect(mine1);
        var after = Api.at(port)
                .as("inspector")
                .get("/api/v1/enforcement-plans/" + year)
                .json();
        assertThat(line(after, "COAL_MINE", "KEY").get("visitsDone").asLong())
                .isEqualTo(line(before, "COAL_MINE", "KEY").get("visitsDone").asLong() + 2);
        assertThat(line(after, "COAL_MINE", "KEY").get("enterprisesCovered").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(doneBy(after, "depthead")).isEqualTo(doneBy(before, "depthead") + 2);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/enforcement-plans/" + year)
                        .status())
                .isEqualTo(403);

        // key enterprises drawn on their own
        var drawn = Api.at(port).as("inspector").post("/api/v1/inspection-draws", """
                {"regionCode":"152921","sectors":["COAL_MINE"],"supervisionClasses":["KEY"],"count":1,"inspectorsPerTeam":2}""");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        var pool = new java.util.ArrayList<Long>();
        drawn.json().get("pool").forEach(e -> pool.add(e.asLong()));
        long mine2 = Api.at(port)
                .as("mine2")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        assertThat(pool).contains(mine1).doesNotContain(mine2);
        var verified = Api.at(port)
                .as("inspector")
                .get("/api/v1/inspection-draws/" + drawn.json().get("id").asLong() + "/verify")
                .json();
        assertThat(verified.get("reproducible").asBoolean()).isTrue();

        // reclassified later: the visits made while it was a key enterprise stay on the key line
        assertThat(Api.at(port)
                        .as("inspector")
                        .put("/api/v1/supervision-classes/" + mine1, "{\"supervisionClass\":\"GENERAL\"}")
                        .status())
                .isEqualTo(204);
        var reclassed = Api.at(port)
                .as("depthead")
                .get("/api/v1/enforcement-plans/" + year)
                .json();
        assertThat(line(reclassed, "COAL_MINE", "KEY").get("visitsDone").asLong())
                .isEqualTo(line(after, "COAL_MINE", "KEY").get("visitsDone").asLong());
        assertThat(line(reclassed, "COAL_MINE", "GENERAL").get("visitsDone").asLong())
                .isEqualTo(line(after, "COAL_MINE", "GENERAL").get("visitsDone").asLong());
        assertThat(line(reclassed, "COAL_MINE", "KEY").get("enterprises").asLong())
                .isEqualTo(line(after, "COAL_MINE", "KEY").get("enterprises").asLong() - 1);
    }
}
