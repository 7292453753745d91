package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The watch list on a constructed history: a new mine with major hazards, a repeat, orders and an order not carried
 * out enters the list with its reasons and the department is told; a year later the window has passed and it
 * leaves; enterprises do not read the list; the export is a workbook.
 */
@IntegrationTest
class WatchListIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    private long clause() {
        return Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=18.10")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    private long major(long enterprise, String title) {
        var created = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"北帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION","clauseIds":[%d]}""".formatted(
                        enterprise, title, OffsetDateTime.now(), clause()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode issue(String body) {
        var issued = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    private JsonNode entry(String user, long enterprise) {
        for (var e : Api.at(port).as(user).get("/api/v1/watch-list").json()) {
            if (e.get("enterpriseId").asLong() == enterprise) {
                return e;
            }
        }
        return null;
    }

    private JsonNode run() {
        var run = Api.at(port).as("admin").post("/api/v1/admin/jobs/watch-list/run", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    /** The kinds of the user's notifications about the enterprise, newest first. */
    private java.util.List<String> notified(String user, long enterprise) {
        var kinds = new java.util.ArrayList<String>();
        for (var n : Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (n.get("subject").asString().equals("enterprise:" + enterprise)) {
                kinds.add(n.get("kind").asString());
            }
        }
        return kinds;
    }

    /** A hazard of the mine found then, rectified with the photo; the hazard afterwards. */
    private JsonNode rectified(long mine, String title, OffsetDateTime discoveredAt, long photo) {
        var api = Api.at(port).as("inspector");
        var created = api.post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"北帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(mine, title, discoveredAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var assigned = api.post("/api/v1/hazards/" + id + "/actions/assign", """
                {"version":0,"plan":"清理","responsiblePerson":"王工","deadline":"%s"}""".formatted(
                        LocalDate.now(CHINA).plusDays(5)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        var submitted = api.post("/api/v1/hazards/" + id + "/actions/submit", """
                {"version":1,"evidence":"已整改，见照片","attachmentIds":[%d]}""".formatted(photo));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    @Test
    void falsificationsConfirmedNowCountNowHoweverOldTheHazards() {
        var registered =
                Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"阿拉善左旗旧案露天煤矿（测试）","creditCode":"%s","regionCode":"152921","sector":"COAL_MINE",
                 "address":"阿拉善左旗巴彦浩特镇测试路5号"}""".formatted(CreditCodes.fresh("152921")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long mine = registered.json().get("id").asLong();
        var twoYearsAgo = OffsetDateTime.now().minusYears(2);
        for (int i = 1; i <= 2; i++) {
            var png = org.safeledger.support.Images.encode(
                    org.safeledger.support.Images.scene(System.nanoTime(), 320, 240), "png");
            var upload = Api.at(port).as("inspector").upload("/api/v1/attachments", "p" + i + ".png", png);
            var again = Api.at(port).as("inspector").upload("/api/v1/attachments", "q" + i + ".png", png);
            rectified(
                    mine,
                    "挡墙裂缝（今年" + i + "）",
                    OffsetDateTime.now().minusHours(2),
                    upload.json().get("id").asLong());
            // a hazard found two years ago "rectified" with the same photo: flagged, then confirmed false today
            var old = rectified(
                    mine,
                    "挡墙裂缝（两年前" + i + "）",
                    twoYearsAgo,
                    again.json().get("id").asLong());
            assertThat(old.get("flags").toString()).contains("REUSED_EVIDENCE");
            var confirmed = Api.at(port)
                    .as("inspector")
                    .post(
                            "/api/v1/hazards/" + old.get("id").asLong() + "/actions/confirm_falsified",
                            "{\"version\":%d,\"reason\":\"照片系其他隐患的整改照片\"}"
                                    .formatted(old.get("version").asInt()));
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        }
        run();
        // two repeats in the window are enough on their own (repeatsAlone = 2), though both hazards are old
        var listed = entry("inspector", mine);
        assertThat(listed).isNotNull();
        assertThat(listed.get("reasons").toString()).contains("REPEATS");
        assertThat(listed.get("score").asLong()).isEqualTo(6);
    }

    @Test
    void aMineWithAPatternEntersTheListAndLeavesItWhenTheWindowHasPassed() {
        var registered =
                Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"阿拉善左旗屡查露天煤矿（测试）","creditCode":"%s","regionCode":"152921","sector":"COAL_MINE",
                 "address":"阿拉善左旗巴彦浩特镇测试路3号"}""".formatted(CreditCodes.fresh("152921")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long mine = registered.json().get("id").asLong();
        var name = registered.json().get("name").asString();

        long first = major(mine, "边坡角超设计值（名单一）");
        var order = issue("""
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d],"deadline":"%s"}""".formatted(mine, first, LocalDate.now(CHINA).plusDays(10)));
        var clock = new Overdue(port);
        try {
            clock.moveClock("P11D"); // past the order's deadline: only then is it "not carried out"
            issue("""
                    {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":false,"body":"未整改"}""".formatted(mine, order.get("id").asLong()));
        } finally {
            clock.moveClock("P0D");
        }
        long second = major(mine, "边坡角超设计值（名单二）"); // a repeat of the ordered clause
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/hazards/" + second)
                        .json()
                        .get("flags")
                        .toString())
                .contains("REPEAT");
        assertThat(entry("inspector", mine)).isNull();

        run();
        // 2 major (4) + 1 repeat (3) + 1 order (1) + 1 failed review (4) = 12
        var listed = entry("inspector", mine);
        assertThat(listed).isNotNull();
        assertThat(listed.get("score").asLong()).isEqualTo(12);
        assertThat(listed.get("reasons").findValuesAsString("code"))
                .containsExactlyInAnyOrder("MAJOR_HAZARDS", "REPEATS", "ORDERS", "FAILED_REVIEWS");
        assertThat(notified("inspector", mine)).containsExactly("WATCH_LIST_ENTERED");
        // the department supervising the mine is told, not another county's
        assertThat(notified("xwinspector", mine)).isEmpty();
        assertThat(entry("leader", mine)).isNotNull();
        assertThat(Api.at(port).as("mine1").get("/api/v1/watch-list").status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/watch-list")
                        .json()
                        .toString())
                .doesNotContain(name);
        var export = Api.at(port).as("inspector").getBinary("/api/v1/watch-list/export.xlsx?regionCode=152921");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).contains("spreadsheetml");
        assertThat(new String(export.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");

        try {
            clock.moveClock("P400D");
            run();
            assertThat(entry("inspector", mine)).isNull();
            assertThat(notified("inspector", mine)).containsExactly("WATCH_LIST_LEFT", "WATCH_LIST_ENTERED");
        } finally {
            clock.moveClock("P0D");
            run();
        }
        assertThat(entry("inspector", mine)).isNotNull();
    }
}
