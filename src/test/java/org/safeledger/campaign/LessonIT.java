package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 举一反三 through the API: from an accident at an open-pit coal mine, the leader checks every other open-pit coal
 * mine of the banner (not the underground one, not the chemical plant) with a checklist from the causes; the
 * principals are told; a finding becomes an ACCIDENT_LESSON hazard; progress per enterprise and region; a major
 * hazard's lesson cites its clause; the launch is the leaders' and department heads'.
 */
@IntegrationTest
class LessonIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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

    private long register(String name, String mineType) {
        var registered = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"%s","creditCode":"%s","regionCode":"152921","sector":"COAL_MINE","mineType":"%s",
                 "address":"阿拉善左旗测试路9号"}""".formatted(
                        name, CreditCodes.fresh("152921"), mineType));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asLong();
    }

    private static List<Long> targets(JsonNode rollout) {
        var ids = new ArrayList<Long>();
        rollout.get("targets").forEach(t -> ids.add(t.get("enterpriseId").asLong()));
        return ids;
    }

    @Test
    void anAccidentsLessonReachesEverySimilarEnterpriseAsACheck() {
        long underground = register("阿拉善左旗井工煤矿（举一反三测试）", "UNDERGROUND");
        long openPit = register("阿拉善左旗新露天煤矿（举一反三测试）", "OPEN_PIT");
        long mine1 = enterpriseOf("mine1");
        long mine2 = enterpriseOf("mine2");
        var accident = Api.at(port).as("mine1").post("/api/v1/accidents", """
                {"enterpriseId":%d,"occurredAt":"%s","place":"北帮","type":"COLLAPSE","summary":"台阶合并形成高陡边坡，边坡失稳坍塌",
                 "deaths":4,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":5000000}""".formatted(
                        mine1, OffsetDateTime.now().minusHours(5)));
        assertThat(accident.status()).as(accident.body()).isEqualTo(201);
        long accidentId = accident.json().get("id").asLong();
        var deadline = LocalDate.now(CHINA).plusDays(20);
        var body = """
                {"accidentId":%d,"extraItems":["是否按设计留设安全平台"],"deadline":"%s"}""".formatted(accidentId, deadline);

        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/lesson-rollouts", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("mine1")
                        .post("/api/v1/lesson-rollouts", body)
                        .status())
                .isEqualTo(403);
        var both = Api.at(port).as("leader").post("/api/v1/lesson-rollouts", """
                {"accidentId":%d,"hazardId":1,"deadline":"%s"}""".formatted(accidentId, deadline));
        assertThat(both.status()).isEqualTo(400);
        var launched = Api.at(port).as("leader").post("/api/v1/lesson-rollouts", body);
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        var rollout = launched.json();
        // the similar enterprises: the other open-pit coal mines of the banner
        assertThat(targets(rollout)).contains(mine2, openPit).doesNotContain(mine1, underground);
        assertThat(rollout.get("mineType").asString()).isEqualTo("OPEN_PIT");
        long template = rollout.get("templateId").asLong();
        var checklist =
                Api.at(port).as("mine2").get("/api/v1/checklists/" + template).json();
        assertThat(checklist.get("items").toString()).contains("台阶合并形成高陡边坡").contains("是否按设计留设安全平台");
        var told = new ArrayList<String>();
        for (var n : Api.at(port)
                .as("mine2")
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (n.get("subject")
                    .asString()
                    .equals("lesson-rollout:" + rollout.get("id").asLong())) {
                told.add(n.get("kind").asString());
            }
        }
        assertThat(told).containsExactly("LESSON_CHECK");

        // the enterprise sees its own line only; a non-target does not see the roll-out
        long id = rollout.get("id").asLong();
        var own = Api.at(port).as("mine2").get("/api/v1/lesson-rollouts/" + id).json();
        assertThat(targets(own)).containsExactly(mine2);
        assertThat(Api.at(port).as("mine1").get("/api/v1/lesson-rollouts/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/lesson-rollouts/" + id)
                        .status())
                .isEqualTo(404);

        // mine2 checks itself; its finding is a hazard of source ACCIDENT_LESSON
        var run = Api.at(port).as("mine2").post("/api/v1/inspections", """
                {"templateId":%d,"enterpriseId":%d,"place":"南帮"}""".formatted(template, mine2));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        var results = new StringBuilder("[");
        var items = run.json().get("results");
        for (int i = 0; i < items.size(); i++) {
            results.append(i == 0 ? "" : ",")
                    .append("{\"itemId\":%d,\"outcome\":\"%s\"%s}"
                            .formatted(
                                    items.get(i).get("item").get("id").asLong(),
                                    i == 0 ? "NON_COMPLIANT" : "COMPLIANT",
                                    i == 0 ? ",\"note\":\"南帮两个台阶已合并，坡高超设计\"" : ""));
        }
        results.append("]");
        var answered = Api.at(port)
                .as("mine2")
                .put(
                        "/api/v1/inspections/" + run.json().get("id").asLong() + "/results",
                        "{\"version\":%d,\"results\":%s}"
                                .formatted(run.json().get("version").asInt(), results));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        var hazard = Api.at(port)
                .as("mine2")
                .post(
                        "/api/v1/inspections/" + run.json().get("id").asLong() + "/items/"
                                + items.get(0).get("item").get("id").asLong() + "/hazard",
                        "");
        assertThat(hazard.status()).as(hazard.body()).isLessThan(300);
        var found = Api.at(port)
                .as("mine2")
                .get("/api/v1/hazards/" + hazard.json().get("hazardId").asLong())
                .json();
        assertThat(found.get("source").asString()).isEqualTo("ACCIDENT_LESSON");
        var latest = Api.at(port)
                .as("mine2")
                .get("/api/v1/inspections/" + run.json().get("id").asLong())
                .json();
        assertThat(Api.at(port)
                        .as("mine2")
                        .post(
                                "/api/v1/inspections/" + run.json().get("id").asLong() + "/complete",
                                "{\"version\":%d}"
                                        .formatted(latest.get("version").asInt()))
                        .status())
                .isEqualTo(200);

        var progress =
                Api.at(port).as("leader").get("/api/v1/lesson-rollouts/" + id).json();
        for (var t : progress.get("targets")) {
            if (t.get("enterpriseId").asLong() == mine2) {
                assertThat(t.get("runsCompleted").asLong()).isEqualTo(1);
                assertThat(t.get("hazards").asLong()).isEqualTo(1);
            } else {
                assertThat(t.get("runsCompleted").asLong()).isZero();
            }
        }
        var banner = progress.get("regions").get(0);
        assertThat(banner.get("regionCode").asString()).isEqualTo("152921");
        assertThat(banner.get("checked").asLong()).isEqualTo(1);
        assertThat(banner.get("targets").asLong()).isEqualTo(targets(progress).size());
    }

    @Test
    void aMajorHazardsLessonCitesItsClauseAndAGeneralOneHasNone() {
        long mine2 = enterpriseOf("mine2");
        long clause = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=18.10")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        var major = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"边坡角大于设计最大值（举一反三）","description":"实测48°","location":"北帮",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION","clauseIds":[%d]}""".formatted(
                        mine2, OffsetDateTime.now().minusHours(1), clause));
        assertThat(major.status()).as(major.body()).isEqualTo(201);
        var general = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"灭火器过期","description":"d","location":"办公楼","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(
                        mine2, OffsetDateTime.now().minusHours(1)));
        var deadline = LocalDate.now(CHINA).plusDays(20);
        assertThat(Api.at(port)
                        .as("depthead")
                        .post("/api/v1/lesson-rollouts", """
                {"hazardId":%d,"deadline":"%s"}""".formatted(
                                        general.json().get("id").asLong(), deadline))
                        .status())
                .isEqualTo(409);
        var launched = Api.at(port).as("depthead").post("/api/v1/lesson-rollouts", """
                {"hazardId":%d,"mineType":"","deadline":"%s"}""".formatted(
                        major.json().get("id").asLong(), deadline));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        assertThat(launched.json().get("mineType").isNull()).isTrue();
        assertThat(targets(launched.json())).contains(enterpriseOf("mine1")).doesNotContain(mine2);
        var checklist = Api.at(port)
                .as("depthead")
                .get("/api/v1/checklists/" + launched.json().get("templateId").asLong())
                .json();
        assertThat(checklist.get("items").toString()).contains("18.10");
        var past = Api.at(port).as("depthead").post("/api/v1/lesson-rollouts", """
                {"hazardId":%d,"deadline":"2020-01-01"}""".formatted(
                        major.json().get("id").asLong()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"deadline\"");
    }

    @Test
    void aReaderOfASmallerRegionSeesOnlyItsOwnTargets() {
        // an open-pit coal mine in the next banner (阿拉善右旗): a league-wide roll-out reaches it
        var right = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"阿拉善右旗邻旗露天煤矿（举一反三测试）","creditCode":"%s","regionCode":"152922","sector":"COAL_MINE",
                 "mineType":"OPEN_PIT","address":"阿拉善右旗测试路1号"}""".formatted(CreditCodes.fresh("152922")));
        assertThat(right.status()).as(right.body()).isEqualTo(201);
        long other = right.json().get("id").asLong();
        var accident = Api.at(port).as("mine1").post("/api/v1/accidents", """
                {"enterpriseId":%d,"occurredAt":"%s","place":"北帮","type":"COLLAPSE","summary":"边坡坍塌（盟级举一反三）",
                 "deaths":0,"missing":0,"seriousInjuries":1,"minorInjuries":0,"directLossYuan":100000}""".formatted(
                        enterpriseOf("mine1"), OffsetDateTime.now().minusHours(1)));
        var launched = Api.at(port).as("admin").post("/api/v1/lesson-rollouts", """
                {"accidentId":%d,"regionCode":"152900","deadline":"%s"}""".formatted(
                        accident.json().get("id").asLong(), LocalDate.now(CHINA).plusDays(10)));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        assertThat(targets(launched.json())).contains(other, enterpriseOf("mine2"));
        // the banner's leader sees the league's roll-out, and the banner's enterprises only
        var seen = Api.at(port)
                .as("leader")
                .get("/api/v1/lesson-rollouts/" + launched.json().get("id").asLong())
                .json();
        assertThat(targets(seen)).contains(enterpriseOf("mine2")).doesNotContain(other);
        assertThat(seen.get("regions").toString()).doesNotContain("152922");
    }
}
