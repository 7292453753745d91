package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A hazard carried through its loop over the API, as the principal of a mine and the county inspector would. */
@IntegrationTest
class HazardLoopIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long enterpriseOf(String user) {
        return Api.at(port)
                .as(user)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
    }

    private String report(long enterpriseId, String title) {
        return """
                {"enterpriseId":%d,"title":"%s","description":"边坡局部出现裂缝，未设置监测点","location":"北帮+1250平台",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(enterpriseId, title, OffsetDateTime.now().minusHours(1));
    }

    private long reported(String user, String title) {
        var response = Api.at(port).as(user).post("/api/v1/hazards", report(enterpriseOf(user), title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private Api.Response act(String user, long id, String action, String body) {
        return Api.at(port).as(user).post("/api/v1/hazards/" + id + "/actions/" + action, body);
    }

    /** The plain assignment that most scenarios start from. */
    private void assign(String user, long id, LocalDate deadline) {
        var response = act(user, id, "assign", """
                {"version":0,"plan":"p","responsiblePerson":"r","deadline":"%s"}""".formatted(deadline));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void submit(String user, long id, int version) {
        var response = act(user, id, "submit", "{\"version\":" + version + ",\"evidence\":\"done\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private int version(long id) {
        return Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + id)
                .json()
                .get("version")
                .asInt();
    }

    @Test
    void aMinePrincipalCarriesAHazardThroughRejectionToClosureAndTheTimelineHoldsEveryStep() {
        long id = reported("mine1", "边坡裂缝未监测");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/hazards/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REPORTED");

        var assigned = act("mine1", id, "assign", """
                {"version":0,"plan":"布设边坡位移监测点，削坡减载","responsiblePerson":"王工","deadline":"%s"}""".formatted(TODAY.plusDays(15)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("RECTIFYING");
        var submitted = act("mine1", id, "submit", """
                {"version":1,"evidence":"已布设6个监测点","costYuan":12000}""");
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        var rejected = act("inspector", id, "reject", """
                {"version":2,"reason":"监测点未接入在线监测系统"}""");
        assertThat(rejected.json().get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(rejected.json().get("rejections").asInt()).isEqualTo(1);
        act("mine1", id, "submit", """
                {"version":3,"evidence":"已接入在线监测系统"}""");
        var accepted = act("mine1", id, "accept", """
                {"version":4,"opinion":"整改到位，同意销号"}""");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(accepted.json().get("closedAt").isNull()).isFalse();
        var timeline = Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards/" + id + "/events")
                .json();
        assertThat(timeline.findValuesAsString("type"))
                .containsExactly("REPORTED", "ASSIGNED", "SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED");
        assertThat(timeline.get(3).get("detail").get("reason").asString()).isEqualTo("监测点未接入在线监测系统");
        assertThat(timeline.get(1).get("detail").get("deadline").get("after").asString())
                .isEqualTo(TODAY.plusDays(15).toString());
    }

    @Test
    void theOtherMineAndOtherCountiesDoNotSeeTheHazardWhileTheCountyDoes() {
        long id = reported("mine1", "排土场排水沟堵塞");

        assertThat(Api.at(port).as("inspector").get("/api/v1/hazards/" + id).status())
                .isEqualTo(200);
        assertThat(Api.at(port).as("leader").get("/api/v1/hazards/" + id).status())
                .isEqualTo(200);
        assertThat(Api.at(port).as("mine2").get("/api/v1/hazards/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("xwinspector").get("/api/v1/hazards/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/hazards?size=500")
                        .json()
                        .get("items")
                        .findValuesAsString("id")
                        .stream()
                        .map(Long::valueOf)
                        .toList())
                .doesNotContain(id);
        assertThat(act("mine2", id, "assign", "{\"version\":0}").status()).isEqualTo(404);
        assertThat(act("leader", id, "assign", """
                {"version":0,"plan":"x","responsiblePerson":"y","deadline":"%s"}""".formatted(TODAY.plusDays(3))).status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long mine1 = enterpriseOf("mine1");
        long mine2 = enterpriseOf("mine2");
        var api = Api.at(port).as("mine1");

        assertThat(field(api.post("/api/v1/hazards", report(mine2, "别家的隐患")))).isEqualTo("enterpriseId");
        assertThat(field(api.post("/api/v1/hazards", report(mine1, "x").replace("COAL_MINE", "MOON"))))
                .isEqualTo("sector");
        assertThat(field(api.post("/api/v1/hazards", report(mine1, "x").replace("SELF_INSPECTION", "RUMOUR"))))
                .isEqualTo("source");
        assertThat(field(api.post("/api/v1/hazards", report(mine1, "")))).isEqualTo("title");

        long id = reported("mine1", "期限校验");
        assertThat(field(act("mine1", id, "assign", """
                {"version":0,"plan":"p","responsiblePerson":"r","deadline":"%s"}""".formatted(TODAY.minusDays(1)))))
                .isEqualTo("deadline");
        assertThat(field(act("mine1", id, "assign", """
                {"version":0,"plan":"p","responsiblePerson":"r","deadline":"2026-02-30"}"""))).isEqualTo("deadline");
        assign("mine1", id, TODAY.plusDays(5));
        submit("mine1", id, 1);
        assertThat(field(act("mine1", id, "reject", "{\"version\":2,\"reason\":\"  \"}")))
                .isEqualTo("reason");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void illegalTransitionsAndStaleVersionsAreConflictsNamingTheStatus() {
        long id = reported("mine1", "非法状态转换");

        var acceptBeforeSubmit = act("mine1", id, "accept", "{\"version\":0,\"opinion\":\"ok\"}");
        assertThat(acceptBeforeSubmit.status()).isEqualTo(409);
        assertThat(acceptBeforeSubmit.json().get("detail").asString()).contains("REPORTED");

        assign("mine1", id, TODAY.plusDays(5));
        var stale = act("mine1", id, "extend", """
                {"version":0,"newDeadline":"%s","reason":"设备到货延迟"}""".formatted(TODAY.plusDays(10)));
        assertThat(stale.status()).isEqualTo(409);
        var extended = act("mine1", id, "extend", """
                {"version":1,"newDeadline":"%s","reason":"设备到货延迟"}""".formatted(TODAY.plusDays(10)));
        assertThat(extended.json().get("extensions").asInt()).isEqualTo(1);
        assertThat(extended.json().get("deadline").asString())
                .isEqualTo(TODAY.plusDays(10).toString());
    }

    @Test
    void twoPeopleAcceptingAtOnceOneWinsTheOtherGets409AndNothingIsDuplicated() throws Exception {
        long id = reported("mine1", "并发验收");
        assign("mine1", id, TODAY.plusDays(5));
        submit("mine1", id, 1);

        var start = new CountDownLatch(1);
        var attempts = new ArrayList<CompletableFuture<Integer>>();
        for (var user : new String[] {"mine1", "inspector", "depthead", "mine1"}) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return act(user, id, "accept", "{\"version\":2,\"opinion\":\"同意销号\"}")
                        .status();
            }));
        }
        start.countDown();
        var statuses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409);
        var types = Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards/" + id + "/events")
                .json()
                .findValuesAsString("type");
        assertThat(types.stream().filter("ACCEPTED"::equals)).hasSize(1);
        assertThat(version(id)).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHazardFoundInAnEnforcementInspectionIsVerifiedByARegulatorNotByTheEnterprise() {
        var body = report(enterpriseOf("mine1"), "执法检查发现").replace("SELF_INSPECTION", "ENFORCEMENT_INSPECTION");
        long id = Api.at(port)
                .as("inspector")
                .post("/api/v1/hazards", body)
                .json()
                .get("id")
                .asLong();
        assign("inspector", id, TODAY.plusDays(5));
        submit("mine1", id, 1);

        assertThat(act("mine1", id, "accept", "{\"version\":2,\"opinion\":\"自己验收\"}")
                        .status())
                .isEqualTo(403);
        assertThat(act("inspector", id, "accept", "{\"version\":2,\"opinion\":\"复查合格\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aReporterLimitedToSectorsCannotReportOutsideThem() {
        var townGas = report(enterpriseOf("mine1"), "燃气泄漏").replace("COAL_MINE", "TOWN_GAS");

        assertThat(Api.at(port).as("inspector").post("/api/v1/hazards", townGas).status())
                .isEqualTo(403);
    }

    @Test
    void aSubmittedRectificationIsNotOverdueAndSearchTextIsLiteral() {
        var marker = "逾期判定" + UUID.randomUUID().toString().substring(0, 6);
        long id = reported("mine1", marker);
        assign("mine1", id, TODAY.plusDays(1));
        submit("mine1", id, 1);
        jdbc.sql("UPDATE hazard SET deadline = ? WHERE id = ?")
                .params(TODAY.minusDays(3), id)
                .update();
        var api = Api.at(port).as("inspector");

        assertThat(api.get("/api/v1/hazards/" + id).json().get("overdue").asBoolean())
                .isFalse();
        var q = java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.get("/api/v1/hazards?overdue=true&q=" + q)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/hazards?q=%25").json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/hazards?q=" + q.substring(0, 9))
                        .json()
                        .get("total")
                        .asLong())
                .isPositive();
    }

    @Test
    void aHazardFixedOnTheSpotGoesStraightToAcceptance() {
        var body = report(enterpriseOf("mine1"), "灭火器压力不足（已更换）")
                .replace("}", ",\"rectifiedOnSpot\":true,\"evidence\":\"当场更换灭火器2具\"}");

        var response = Api.at(port).as("mine1").post("/api/v1/hazards", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(response.json().get("rectifiedOnSpot").asBoolean()).isTrue();
    }

    @Test
    void aRetriedMobileSubmissionCreatesOneHazard() {
        var key = UUID.randomUUID().toString();
        var body = report(enterpriseOf("mine1"), "重试提交" + key.substring(0, 6));

        var first = Api.at(port).as("mine1").postWithKey("/api/v1/hazards", body, key);
        var retry = Api.at(port).as("mine1").postWithKey("/api/v1/hazards", body, key);

        assertThat(retry.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(jdbc.sql("SELECT count(*) FROM hazard WHERE title = ?")
                        .param("重试提交" + key.substring(0, 6))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theLedgerFiltersByStatusOverdueAndTextAndCountsByStatus() {
        var marker = "台账筛选" + UUID.randomUUID().toString().substring(0, 6);
        long open = reported("mine1", marker + "甲");
        long late = reported("mine1", marker + "乙");
        assign("mine1", late, TODAY.plusDays(1));
        jdbc.sql("UPDATE hazard SET deadline = ? WHERE id = ?")
                .params(TODAY.minusDays(3), late)
                .update();
        var api = Api.at(port).as("inspector");
        var q = java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(api.get("/api/v1/hazards?q=" + q).json().get("total").asLong())
                .isEqualTo(2);
        assertThat(
                        api
                                .get("/api/v1/hazards?q=" + q + "&overdue=true")
                                .json()
                                .get("items")
                                .findValuesAsString("id")
                                .stream()
                                .map(Long::valueOf)
                                .toList())
                .containsExactly(late);
        var overdue = api.get("/api/v1/hazards/" + late).json();
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(api
                        .get("/api/v1/hazards?q=" + q + "&status=REPORTED")
                        .json()
                        .get("items")
                        .findValuesAsString("id")
                        .stream()
                        .map(Long::valueOf)
                        .toList())
                .containsExactly(open);
        var counts = api.get("/api/v1/hazards/counts?q=" + q).json();
        assertThat(counts.get("REPORTED").asLong()).isEqualTo(1);
        assertThat(counts.get("RECTIFYING").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/hazards?status=LOST").status()).isEqualTo(400);
        var countryWide = Api.at(port).as("admin");
        assertThat(countryWide.get("/api/v1/hazards").status()).isEqualTo(200);
        assertThat(countryWide
                        .get("/api/v1/hazards/counts")
                        .json()
                        .get("REPORTED")
                        .asLong())
                .isPositive();
        assertThat(api.get("/api/v1/hazards?regionCode=440825").status()).isEqualTo(403);
    }
}
