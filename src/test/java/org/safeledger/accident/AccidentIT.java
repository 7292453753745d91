package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Accidents through the API as api.md has them: filed with the level by law, re-graded by follow-up reports inside
 * the change window and not after it (the history kept), the missing counted provisionally, the reporting chain's
 * deadlines, steps and notifications, scope and bad input.
 */
@IntegrationTest
class AccidentIT {

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

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

    private String body(OffsetDateTime at, String type, int deaths, int missing, int serious, long loss) {
        return """
                {"enterpriseId":%d,"occurredAt":"%s","place":"北帮+1250平台","type":"%s",
                 "summary":"边坡失稳坍塌，掩埋作业人员和车辆","deaths":%d,"missing":%d,"seriousInjuries":%d,
                 "minorInjuries":1,"directLossYuan":%d,"measures":"撤出人员，组织搜救"}""".formatted(enterpriseOf("mine1"), at, type, deaths, missing, serious, loss);
    }

    private JsonNode report(String json) {
        var created = Api.at(port).as("mine1").post("/api/v1/accidents", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Api.Response update(String user, long id, String json) {
        return Api.at(port).as(user).post("/api/v1/accidents/" + id + "/updates", json);
    }

    /** The kinds of the user's notifications about exactly this subject. */
    private List<String> notified(String user, String subject) {
        var kinds = new ArrayList<String>();
        for (var n : Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (n.get("subject").asString().equals(subject)) {
                kinds.add(n.get("kind").asString());
            }
        }
        return kinds;
    }

    private static List<String> states(JsonNode accident) {
        var states = new ArrayList<String>();
        accident.get("reportingChain")
                .forEach(s -> states.add(
                        s.get("step").asString() + ":" + s.get("state").asString()));
        return states;
    }

    @Test
    void anAccidentIsGradedByLawWhenFiledAndReGradedByFollowUpReportsWithItsHistory() {
        var filed = report(body(OffsetDateTime.now().minusMinutes(20), "COLLAPSE", 2, 1, 0, 3_000_000));
        assertThat(filed.get("level").asString()).isEqualTo("GENERAL");
        assertThat(filed.get("provisionalLevel").asString()).isEqualTo("LARGER");
        assertThat(filed.get("drivingLevel").asString()).isEqualTo("LARGER");
        assertThat(filed.get("type").asString()).isEqualTo("COLLAPSE");
        assertThat(filed.get("sector").asString()).isEqualTo("COAL_MINE");
        long id = filed.get("id").asLong();

        // the missing person found dead: 3 dead is 较大 (以上 includes the number)
        var found = update("mine1", id, """
                {"deaths":3,"missing":0,"seriousInjuries":0,"minorInjuries":1,"directLossYuan":3000000,
                 "note":"失踪人员已找到，确认死亡","version":%d}""".formatted(filed.get("version").asInt()));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("level").asString()).isEqualTo("LARGER");
        var history = found.json().get("levelHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("level").asString()).isEqualTo("GENERAL");
        assertThat(history.get(1).get("level").asString()).isEqualTo("LARGER");
        assertThat(history.get(1).get("note").asString()).contains("确认死亡");
        // a stale version is refused and changes nothing
        var stale = update("mine1", id, """
                {"deaths":9,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0,"version":0}""");
        assertThat(stale.status()).isEqualTo(409);
        var again = Api.at(port).as("inspector").get("/api/v1/accidents/" + id).json();
        assertThat(again.get("deaths").asInt()).isEqualTo(3);
        assertThat(again.get("levelHistory")).hasSize(2);
        // a loss estimate of exactly 50,000,000 yuan is 重大
        var loss = update("inspector", id, """
                {"deaths":3,"missing":0,"seriousInjuries":0,"minorInjuries":1,"directLossYuan":50000000}""");
        assertThat(loss.json().get("level").asString()).isEqualTo("SERIOUS");
    }

    @Test
    void aReportRetriedFromAPhoneThatLostTheAnswerIsFiledOnce() {
        var json = body(OffsetDateTime.now().minusMinutes(3), "VEHICLE", 1, 0, 0, 100_000);
        var key = "accident-" + System.nanoTime();
        var first = Api.at(port).as("mine1").postWithKey("/api/v1/accidents", json, key);
        var again = Api.at(port).as("mine1").postWithKey("/api/v1/accidents", json, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
    }

    @Test
    void afterTheChangeWindowFiguresAreRecordedButTheLevelStays() {
        var clock = new Overdue(port);
        var mine = report(body(OffsetDateTime.now().minusHours(1), "COLLAPSE", 2, 0, 0, 0));
        var fire = report(body(OffsetDateTime.now().minusHours(1), "FIRE", 2, 0, 0, 0));
        assertThat(mine.get("changeWindowEndsOn").asString())
                .isEqualTo(OffsetDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .minusHours(1)
                        .toLocalDate()
                        .plusDays(30)
                        .toString());
        try {
            clock.moveClock("P8D");
            // a fire accident's window is 7 days: over; a mine collapse's 30: open
            var fireLater = update("mine1", fire.get("id").asLong(), """
                    {"deaths":4,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0,"note":"伤者死亡"}""");
            assertThat(fireLater.status()).as(fireLater.body()).isEqualTo(200);
            assertThat(fireLater.json().get("deaths").asInt()).isEqualTo(4);
            assertThat(fireLater.json().get("level").asString()).isEqualTo("GENERAL");
            assertThat(fireLater
                            .json()
                            .get("levelHistory")
                            .get(1)
                            .get("levelKept")
                            .asBoolean())
                    .isTrue();
            var mineLater = update("mine1", mine.get("id").asLong(), """
                    {"deaths":4,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0}""");
            assertThat(mineLater.json().get("level").asString()).isEqualTo("LARGER");
            clock.moveClock("P32D");
            var mineLate = update("mine1", mine.get("id").asLong(), """
                    {"deaths":12,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0}""");
            assertThat(mineLate.json().get("level").asString()).isEqualTo("LARGER");
            assertThat(mineLate.json()
                            .get("levelHistory")
                            .get(2)
                            .get("levelKept")
                            .asBoolean())
                    .isTrue();
        } finally {
            clock.moveClock("P0D");
        }
    }

    @Test
    void theReportingChainShowsItsDeadlinesAndTheDepartmentsRecordTheirSteps() {
        // filed two hours after it happened: the unit's one-hour report was late
        var filed = report(body(OffsetDateTime.now().minusHours(2), "COLLAPSE", 3, 0, 0, 0));
        long id = filed.get("id").asLong();
        assertThat(states(filed)).containsExactly("COUNTY:LATE", "PREFECTURE:PENDING", "PROVINCE:PENDING");
        // the county's departments and leaders are told
        assertThat(notified("inspector", "accident:" + id)).containsExactly("ACCIDENT_REPORTED");
        assertThat(notified("leader", "accident:" + id)).containsExactly("ACCIDENT_REPORTED");
        assertThat(notified("leagueduty", "accident:" + id)).isEmpty(); // not yet reported up

        // the enterprise records no step; the county bureau receives and tells the four parties
        assertThat(Api.at(port)
                        .as("mine1")
                        .post("/api/v1/accidents/" + id + "/chain/COUNTY/received", "{}")
                        .status())
                .isEqualTo(403);
        var received = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/accidents/" + id + "/chain/COUNTY/received",
                        "{\"parties\":[\"POLICE\",\"LABOUR\",\"UNION\",\"PROCURATORATE\"]}");
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().get("reportingChain").get(0).get("partiesNotified"))
                .hasSize(4);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/accidents/" + id + "/chain/COUNTY/received", "{}")
                        .status())
                .isEqualTo(409);
        // the county cannot record what the prefecture received; it reports up
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/accidents/" + id + "/chain/PREFECTURE/received", "{}")
                        .status())
                .isEqualTo(403);
        var sent = Api.at(port).as("inspector").post("/api/v1/accidents/" + id + "/chain/PREFECTURE/sent", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(notified("leagueduty", "accident:" + id)).containsExactly("ACCIDENT_REPORTED");
        assertThat(states(sent.json())).containsExactly("COUNTY:LATE", "PREFECTURE:ON_TIME", "PROVINCE:PENDING");
        var step = sent.json().get("reportingChain").get(1);
        assertThat(OffsetDateTime.parse(step.get("dueAt").asString()))
                .isEqualTo(OffsetDateTime.parse(received.json()
                                .get("reportingChain")
                                .get(0)
                                .get("receivedAt")
                                .asString())
                        .plusHours(2));
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/accidents/" + id + "/chain/PREFECTURE/sent", "")
                        .status())
                .isEqualTo(409);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/accidents/" + id + "/chain/NOWHERE/sent", "")
                        .status())
                .isEqualTo(400);

        // left alone for a day, the provincial step is overdue
        var clock = new Overdue(port);
        try {
            clock.moveClock("P1D");
            assertThat(states(Api.at(port)
                            .as("leader")
                            .get("/api/v1/accidents/" + id)
                            .json()))
                    .contains("PROVINCE:OVERDUE");
        } finally {
            clock.moveClock("P0D");
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOthersDoNotSeeTheAccident() {
        var now = OffsetDateTime.now();
        for (var bad : List.of(
                List.of(body(now, "COLLAPSE", -1, 0, 0, 0), "deaths"),
                List.of(body(now, "LANDSLIDE", 0, 0, 0, 0), "type"),
                List.of(body(now.plusDays(1), "COLLAPSE", 0, 0, 0, 0), "occurredAt"),
                List.of(body(now, "COLLAPSE", 0, 0, 0, -5), "directLossYuan"),
                List.of(body(now, "COLLAPSE", 0, 0, 0, 0).replace("边坡失稳坍塌，掩埋作业人员和车辆", " "), "summary"))) {
            var refused = Api.at(port).as("mine1").post("/api/v1/accidents", bad.get(0));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"" + bad.get(1) + "\"");
        }
        var other = Api.at(port).as("mine2").post("/api/v1/accidents", body(now, "COLLAPSE", 0, 0, 0, 0));
        assertThat(other.status()).isEqualTo(400); // mine2 cannot file for mine1
        assertThat(other.body()).contains("enterpriseId");

        var filed = report(body(now.minusMinutes(5), "MACHINERY", 1, 0, 0, 20_000));
        long id = filed.get("id").asLong();
        assertThat(Api.at(port).as("mine2").get("/api/v1/accidents/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("xwinspector").get("/api/v1/accidents/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("leader").get("/api/v1/accidents/" + id).status())
                .isEqualTo(200);
        assertThat(Api.at(port)
                        .as("leader")
                        .post("/api/v1/accidents/" + id + "/updates", """
                        {"deaths":2,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0}""")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as("mine2").get("/api/v1/accidents").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(Api.at(port).get("/api/v1/accidents/" + id).status()).isEqualTo(401);
        var types = Api.at(port)
                .as("mine1")
                .get("/api/v1/code-lists/accident-types")
                .body();
        assertThat(types).contains("COLLAPSE").contains("坍塌");
    }

    @Test
    void theRescueLogIsWrittenAtTheSceneAndReadUpTheChain() {
        var filed = report(body(OffsetDateTime.now().minusHours(4), "COLLAPSE", 0, 3, 0, 0));
        long id = filed.get("id").asLong();
        var path = "/api/v1/accidents/" + id + "/log";
        var first = Api.at(port).as("mine1").post(path, """
                {"kind":"RESCUE_PROGRESS","text":"调集挖掘机6台、救援人员80人，开始清理塌方体","at":"%s"}""".formatted(
                        OffsetDateTime.now().minusHours(3)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = Api.at(port).as("leader").post(path, """
                {"kind":"SECONDARY_EVENT","text":"北帮再次发生小规模滑塌，暂停作业并撤出救援人员"}""");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json()).hasSize(2);
        assertThat(second.json().get(0).get("kind").asString()).isEqualTo("RESCUE_PROGRESS");
        var before = Api.at(port).as("mine1").post(path, """
                {"kind":"OTHER","text":"x","at":"%s"}""".formatted(
                        OffsetDateTime.now().minusDays(1)));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("\"field\":\"at\"");
        var unknown = Api.at(port).as("mine1").post(path, """
                {"kind":"GOSSIP","text":"x"}""");
        assertThat(unknown.body()).contains("\"field\":\"kind\"");
        assertThat(Api.at(port).as("xwinspector").post(path, """
                {"kind":"OTHER","text":"x"}""").status()).isEqualTo(404);
        assertThat(Api.at(port).as("leader").get(path).json()).hasSize(2);
        assertThat(Api.at(port).as("mine2").get(path).status()).isEqualTo(404);
    }

    @Test
    void theDemoTellsTheWholeStoryOfAFictionalCollapse() {
        JsonNode demo = null;
        for (var a : Api.at(port)
                .as("leader")
                .get("/api/v1/accidents?size=500")
                .json()
                .get("items")) {
            if (a.get("enterpriseName").asString().startsWith("示例北岭矿业有限公司")) {
                demo = a;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.get("level").asString()).isEqualTo("EXTRA_SERIOUS"); // by its loss, 12,050万元
        assertThat(demo.get("deaths").asInt()).isEqualTo(11);
        assertThat(demo.get("levelHistory")).hasSize(4);
        assertThat(states(demo))
                .containsExactly("COUNTY:ON_TIME", "PREFECTURE:ON_TIME", "PROVINCE:ON_TIME", "STATE_COUNCIL:ON_TIME");
        long id = demo.get("id").asLong();
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/accidents/" + id + "/log")
                        .json()
                        .size())
                .isGreaterThanOrEqualTo(5);
        var investigation = Api.at(port)
                .as("leader")
                .get("/api/v1/accidents/" + id + "/investigation")
                .json();
        assertThat(investigation.get("body").asString()).isEqualTo("STATE_COUNCIL");
        assertThat(investigation.get("nature").asString()).isEqualTo("LIABILITY");
        assertThat(investigation.get("items")).hasSize(5);
        var lessons = Api.at(port).as("leader").get("/api/v1/lesson-rollouts").body();
        assertThat(lessons).contains("北岭露天煤矿（虚构）坍塌事故警示检查");
    }

    @Test
    void aCountyMaySkipALevelAndTheSkippedStepShows() {
        var filed = report(body(OffsetDateTime.now().minusMinutes(30), "COLLAPSE", 4, 0, 0, 0));
        long id = filed.get("id").asLong();
        var skipped = Api.at(port).as("inspector").post("/api/v1/accidents/" + id + "/chain/PROVINCE/sent", "");
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        assertThat(states(skipped.json())).containsExactly("COUNTY:ON_TIME", "PREFECTURE:SKIPPED", "PROVINCE:ON_TIME");
        assertThat(notified("provduty", "accident:" + id)).containsExactly("ACCIDENT_REPORTED");
        // the province's department does not report for the county below it
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/accidents/" + id + "/chain/PREFECTURE/sent", "")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void fewerDeadThanReportedIsARegulatorsCorrectionWithANote() {
        var filed = report(body(OffsetDateTime.now().minusMinutes(30), "COLLAPSE", 3, 0, 0, 0));
        long id = filed.get("id").asLong();
        var fewer = """
                {"deaths":2,"missing":0,"seriousInjuries":0,"minorInjuries":1,"directLossYuan":0%s}""";
        assertThat(update("mine1", id, fewer.formatted("")).status()).isEqualTo(403);
        var noNote = update("inspector", id, fewer.formatted(""));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"note\"");
        var corrected = update("inspector", id, fewer.formatted(",\"note\":\"一名死者系重复统计，已核实\""));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("level").asString()).isEqualTo("GENERAL");
        // nor may the enterprise lower the level another way, such as its loss estimate
        var costly = report(body(OffsetDateTime.now().minusMinutes(30), "COLLAPSE", 0, 0, 0, 50_000_000));
        assertThat(costly.get("level").asString()).isEqualTo("SERIOUS");
        assertThat(update("mine1", costly.get("id").asLong(), """
                        {"deaths":0,"missing":0,"seriousInjuries":0,"minorInjuries":1,"directLossYuan":1000000}""").status()).isEqualTo(403);
    }

    @Test
    void theLastDayOfEachWindowStillReGrades() {
        var clock = new Overdue(port);
        var mine = report(body(OffsetDateTime.now().minusHours(1), "COLLAPSE", 2, 0, 0, 0));
        var fire = report(body(OffsetDateTime.now().minusHours(1), "FIRE", 2, 0, 0, 0));
        var day = OffsetDateTime.now().minusHours(1).atZoneSameInstant(CHINA).toLocalDate();
        var three = """
                {"deaths":3,"missing":0,"seriousInjuries":0,"minorInjuries":0,"directLossYuan":0}""";
        try {
            // noon of the window's last day in China: the day + 7 for a fire, the day + 30 for a mine
            clock.moveClock(offsetTo(day.plusDays(7)));
            assertThat(update("mine1", fire.get("id").asLong(), three)
                            .json()
                            .get("level")
                            .asString())
                    .isEqualTo("LARGER");
            clock.moveClock(offsetTo(day.plusDays(30)));
            assertThat(update("mine1", mine.get("id").asLong(), three)
                            .json()
                            .get("level")
                            .asString())
                    .isEqualTo("LARGER");
        } finally {
            clock.moveClock("P0D");
        }
    }

    /** The clock offset that makes the application's now noon of the day in China. */
    private static String offsetTo(java.time.LocalDate day) {
        var target = day.atTime(12, 0).atZone(CHINA).toInstant();
        return java.time.Duration.between(java.time.Instant.now(), target).toString();
    }
}
