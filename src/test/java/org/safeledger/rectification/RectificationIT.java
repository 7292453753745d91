package org.safeledger.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The path through the API on PostgreSQL: the league's department assigns an item to the banner's
 * government, which plans, reports progress and submits evidence; the department accepts and closes it. Another item
 * runs past its deadline, turns red, escalates up the banner government's chain, and its late extension is refused.
 * Who reads an item, and the ledger's filters, agree with the item itself.
 */
@IntegrationTest
class RectificationIT {

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        new Overdue(port).moveClock("P0D");
    }

    private Api.Response post(String user, String path, String json) {
        return Api.at(port).as(user).post(path, json);
    }

    private JsonNode assign(String title, LocalDate deadline) {
        var created = post("leagueduty", "/api/v1/rectifications", """
                {"origin":"TOUR_FINDING","title":"%s","description":"盟安委会巡查发现","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"152921"}}""".formatted(title, deadline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode step(String user, JsonNode item, String action, String fields) {
        var done = post(
                user,
                "/api/v1/rectifications/" + item.get("id").asLong() + "/actions/" + action,
                "{\"version\":" + item.get("version").asInt() + (fields.isEmpty() ? "" : "," + fields) + "}");
        assertThat(done.status()).as(action + ": " + done.body()).isEqualTo(200);
        return done.json();
    }

    /** The kinds of the notifications the user was sent about the item. */
    private List<String> told(String user, JsonNode item) {
        var kinds = new ArrayList<String>();
        for (var n : Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (n.get("subject")
                    .asString()
                    .equals("rectification:" + item.get("id").asLong())) {
                kinds.add(n.get("kind").asString());
            }
        }
        return kinds;
    }

    @Test
    void anExtensionTheBodyLeavesUnansweredIsShownLateAndARefusalLeavesTheDeadline() {
        var item = assign("延期答复" + System.nanoTime() % 10000, today().plusDays(40));
        var asked = step(
                "leader",
                item,
                "extend",
                "\"newDeadline\":\"%s\",\"reason\":\"雨季\",\"progress\":\"未开工\"".formatted(today().plusDays(60)));
        assertThat(asked.get("extensionAnswerLate").asBoolean()).isFalse();
        new Overdue(port).moveClock("P10D");
        var waiting = Api.at(port)
                .as("leagueduty")
                .get("/api/v1/rectifications/" + item.get("id").asLong())
                .json();
        assertThat(waiting.get("extensionAnswerLate").asBoolean()).isTrue();
        assertThat(waiting.get("availableActions").toString()).contains("grant-extension", "deny-extension");

        var refused = step("leagueduty", waiting, "deny-extension", "\"reason\":\"雨季不是理由\"");
        assertThat(refused.get("deadline").asString())
                .isEqualTo(item.get("deadline").asString());
        assertThat(refused.get("extensionAsked").isNull()).isTrue();
        assertThat(refused.get("extensions").asInt()).isZero();
        assertThat(told("leader", item)).contains("RECTIFICATION_EXTENSION_DENIED");
        var again = post(
                "leagueduty",
                "/api/v1/rectifications/" + item.get("id").asLong() + "/actions/deny-extension",
                "{\"version\":%d,\"reason\":\"再次\"}"
                        .formatted(refused.get("version").asInt()));
        assertThat(again.status()).as("nothing left to answer").isEqualTo(409);
    }

    private LocalDate today() {
        return new Overdue(port).today();
    }

    @Test
    void theLeaguesDepartmentAssignsTheBannersGovernmentAnItemThatIsPlannedReportedEvidencedAndClosed() {
        var item = assign("排土场边坡监测整改" + System.nanoTime() % 10000, today().plusDays(30));
        assertThat(item.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(item.get("responsible").get("name").asString()).isEqualTo("阿拉善左旗人民政府");
        assertThat(item.get("assigner").get("name").asString()).isEqualTo("阿拉善盟应急管理局");
        assertThat(item.get("availableActions")).isEmpty();

        var asLeader = Api.at(port)
                .as("leader")
                .get("/api/v1/rectifications/" + item.get("id").asLong())
                .json();
        assertThat(asLeader.get("standing").asString()).isEqualTo("RESPONSIBLE");
        assertThat(asLeader.get("availableActions").toString()).contains("plan").contains("extend");

        var planned = step("leader", asLeader, "plan", "\"plan\":\"旗政府牵头整改\",\"measures\":\"逐矿安装边坡雷达\"");
        assertThat(planned.get("status").asString()).isEqualTo("RECTIFYING");
        var reported = step("leader", planned, "progress", "\"note\":\"已完成两处矿山雷达安装\"");
        var submitted = step("leader", reported, "submit", "\"evidence\":\"三处矿山边坡雷达均已投用\",\"attachmentIds\":[]");
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        // the responsible party cannot close its own item; the assigning department can
        var own = post(
                "leader",
                "/api/v1/rectifications/" + item.get("id").asLong() + "/actions/accept",
                "{\"version\":" + submitted.get("version").asInt() + ",\"opinion\":\"自己验收\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        var closed = step("leagueduty", submitted, "accept", "\"opinion\":\"现场核查，整改到位\"");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();

        var events = Api.at(port)
                .as("leader")
                .get("/api/v1/rectifications/" + item.get("id").asLong() + "/events")
                .json();
        var types = new ArrayList<String>();
        events.forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactly("ASSIGNED", "PLANNED", "PROGRESS", "SUBMITTED", "ACCEPTED");
        long id = item.get("id").asLong();
        assertThat(kinds("leader", id)).contains("RECTIFICATION_ASSIGNED", "RECTIFICATION_CLOSED");
        assertThat(kinds("leagueduty", id)).contains("RECTIFICATION_SUBMITTED");

        // a re-inspection finds it not rectified: the responsible party may not reopen it, the assigner does
        var ownReopen = post(
                "leader",
                "/api/v1/rectifications/" + id + "/actions/reopen",
                "{\"version\":" + closed.get("version").asInt() + ",\"newDeadline\":\"" + today().plusDays(20)
                        + "\",\"reason\":\"自查\"}");
        assertThat(ownReopen.status()).as(ownReopen.body()).isEqualTo(403);
        var past = post(
                "leagueduty",
                "/api/v1/rectifications/" + id + "/actions/reopen",
                "{\"version\":" + closed.get("version").asInt() + ",\"newDeadline\":\"" + today()
                        + "\",\"reason\":\"复查\"}");
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(past.body()).contains("newDeadline");
        var reopened = step(
                "leagueduty",
                closed,
                "reopen",
                "\"newDeadline\":\"" + today().plusDays(20) + "\",\"reason\":\"复查发现一处雷达未接入监测平台\"");
        assertThat(reopened.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(reopened.get("reopenings").asInt()).isEqualTo(1);
        assertThat(reopened.get("closedAt").isNull()).isTrue();
        var asResponsible =
                Api.at(port).as("leader").get("/api/v1/rectifications/" + id).json();
        assertThat(asResponsible.get("availableActions").toString())
                .contains("submit")
                .doesNotContain("reopen");
    }

    @Test
    void anItemSentBackIsYellowUntilSubmittedAgainAndAnExtensionAskedInTimeMovesTheDeadlineOnceGranted() {
        var item = assign("退回与延期" + System.nanoTime() % 10000, today().plusDays(30));
        var planned = step("leader", item, "plan", "\"plan\":\"p\",\"measures\":\"m\"");
        var noProgress =
                post("leader", "/api/v1/rectifications/" + item.get("id").asLong() + "/actions/extend", """
                {"version":%d,"newDeadline":"%s","reason":"冻土期"}""".formatted(
                                planned.get("version").asInt(), today().plusDays(45)));
        assertThat(noProgress.status())
                .as("the progress is part of the request")
                .isEqualTo(400);

        var asked = step(
                "leader",
                planned,
                "extend",
                "\"newDeadline\":\"%s\",\"reason\":\"冻土期\",\"progress\":\"方案已定，设备已订购\""
                        .formatted(today().plusDays(45)));
        assertThat(asked.get("deadline").asString())
                .as("the deadline stands until the body answers")
                .isEqualTo(today().plusDays(30).toString());
        assertThat(asked.get("extensionAsked").get("answerBy").asString())
                .isEqualTo(
                        org.safeledger.shared.loop.WorkingDays.after(today(), 5).toString());
        assertThat(asked.get("availableActions").toString()).doesNotContain("extend");
        var ownAnswer = post(
                "leader",
                "/api/v1/rectifications/" + item.get("id").asLong() + "/actions/grant-extension",
                "{\"version\":" + asked.get("version").asInt() + "}");
        assertThat(ownAnswer.status())
                .as("a party does not grant its own extension")
                .isEqualTo(403);
        assertThat(told("leagueduty", item)).contains("RECTIFICATION_EXTENSION_ASKED");

        var extended = step("leagueduty", asked, "grant-extension", "\"opinion\":\"同意\"");
        assertThat(extended.get("deadline").asString())
                .isEqualTo(today().plusDays(45).toString());
        assertThat(extended.get("extensions").asInt()).isEqualTo(1);
        assertThat(extended.get("extensionAsked").isNull()).isTrue();
        assertThat(told("leader", item)).contains("RECTIFICATION_EXTENDED");
        var submitted = step("leader", extended, "submit", "\"evidence\":\"已完成\",\"attachmentIds\":[]");
        var rejected = step("leagueduty", submitted, "reject", "\"reason\":\"佐证不足\"");
        assertThat(rejected.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(rejected.get("supervision").asString()).isEqualTo("YELLOW");
        assertThat(rejected.get("rejections").asInt()).isEqualTo(1);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/rectifications/" + item.get("id").asLong())
                        .json()
                        .get("availableActions")
                        .toString())
                .contains("submit");
    }

    @Test
    void anItemPastItsDeadlineTurnsRedEscalatesUpTheGovernmentsChainAndRefusesALateExtension() {
        var item = assign("尾矿库排洪设施整改" + System.nanoTime() % 10000, today().plusDays(2));
        long id = item.get("id").asLong();
        var overdue = new Overdue(port);
        overdue.moveClock("P20D");
        var swept = Api.at(port).as("admin").post("/api/v1/admin/jobs/rectification-sweep/run", "");
        assertThat(swept.status()).as(swept.body()).isEqualTo(200);

        var read = Api.at(port).as("leader").get("/api/v1/rectifications/" + id).json();
        assertThat(read.get("supervision").asString()).isEqualTo("RED");
        assertThat(read.get("overdue").asBoolean()).isTrue();
        assertThat(read.get("escalationTier").asInt()).isEqualTo(3);
        assertThat(read.get("availableActions").toString()).doesNotContain("extend");
        var late = post("leader", "/api/v1/rectifications/" + id + "/actions/extend", """
                {"version":%d,"newDeadline":"%s","reason":"雨季","progress":"停工"}""".formatted(
                        read.get("version").asInt(), today().plusDays(30)));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("延期");
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/rectifications/" + id)
                        .json()
                        .get("deadline")
                        .asString())
                .isEqualTo(read.get("deadline").asString());

        // the sweep moved no version: the page the leader had open still takes its step, and keeps the tier
        assertThat(read.get("version").asInt()).isEqualTo(item.get("version").asInt());
        var planned = step("leader", read, "plan", "\"plan\":\"补报方案\",\"measures\":\"汛后施工\"");
        assertThat(planned.get("escalationTier").asInt()).isEqualTo(3);
        assertThat(Api.at(port)
                        .as("admin")
                        .post("/api/v1/admin/jobs/rectification-sweep/run", "")
                        .json()
                        .get("tiersCrossed")
                        .asInt())
                .as("nothing is escalated twice")
                .isZero();

        // the chain: the banner's own leader at tier 1, the league's at tier 2
        assertThat(kinds("leader", id)).contains("RECTIFICATION_OVERDUE");
        assertThat(kinds("leagueleader", id)).contains("RECTIFICATION_ESCALATED");
        assertThat(kinds("mine1", id)).isEmpty();

        // the ledger's red filter holds exactly the items whose own page says red
        var red = Api.at(port)
                .as("leagueduty")
                .get("/api/v1/rectifications?supervision=RED&size=500")
                .json()
                .get("items");
        var ids = new TreeSet<Long>();
        red.forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).contains(id);
        for (var r : red) {
            assertThat(r.get("supervision").asString()).isEqualTo("RED");
        }
        var all = Api.at(port)
                .as("leagueduty")
                .get("/api/v1/rectifications?size=500")
                .json()
                .get("items");
        for (var r : all) {
            assertThat(ids.contains(r.get("id").asLong()))
                    .as("item " + r.get("id") + " is " + r.get("supervision"))
                    .isEqualTo("RED".equals(r.path("supervision").asString(null)));
        }
    }

    private List<String> kinds(String user, long id) {
        var kinds = new ArrayList<String>();
        for (var n : Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (n.get("subject").asString().equals("rectification:" + id)) {
                kinds.add(n.get("kind").asString());
            }
        }
        return kinds;
    }

    @Test
    void anItemIsReadByItsPartyItsAssignerAndTheBodiesAboveAndByNobodyElse() {
        long id = assign("可见范围核对" + System.nanoTime() % 10000, today().plusDays(30))
                .get("id")
                .asLong();
        for (var reader : List.of("leader", "leagueduty", "provduty", "leagueleader", "admin")) {
            assertThat(Api.at(port)
                            .as(reader)
                            .get("/api/v1/rectifications/" + id)
                            .status())
                    .as(reader)
                    .isEqualTo(200);
        }
        for (var stranger : List.of("mine1", "chem1", "inspector", "depthead", "xwinspector")) {
            assertThat(Api.at(port)
                            .as(stranger)
                            .get("/api/v1/rectifications/" + id)
                            .status())
                    .as(stranger)
                    .isEqualTo(404);
            assertThat(post(
                                    stranger,
                                    "/api/v1/rectifications/" + id + "/actions/plan",
                                    "{\"version\":0,\"plan\":\"p\",\"measures\":\"m\"}")
                            .status())
                    .as(stranger)
                    .isEqualTo(404);
        }
        // the ledger and the item agree for every reader
        var every = new TreeSet<Long>();
        Api.at(port)
                .as("admin")
                .get("/api/v1/rectifications?size=500")
                .json()
                .get("items")
                .forEach(r -> every.add(r.get("id").asLong()));
        for (var user :
                List.of("leader", "leagueduty", "inspector", "mine1", "provduty", "xwinspector", "leagueleader")) {
            var listed = new TreeSet<Long>();
            Api.at(port)
                    .as(user)
                    .get("/api/v1/rectifications?size=500")
                    .json()
                    .get("items")
                    .forEach(r -> listed.add(r.get("id").asLong()));
            for (long each : every) {
                int status = Api.at(port)
                        .as(user)
                        .get("/api/v1/rectifications/" + each)
                        .status();
                assertThat(status == 200).as(user + " on item " + each).isEqualTo(listed.contains(each));
            }
        }
    }

    /** The assign page offers exactly parties the server then accepts: never the actor's own body. */
    @Test
    void everyPartyTheAssignPageOffersIsOneTheServerAccepts() {
        var option =
                java.util.regex.Pattern.compile("value=\"(GOVERNMENT|PARTY_COMMITTEE|DEPARTMENT|ENTERPRISE):(\\d+)\"");
        for (var user : List.of("leader", "inspector", "leagueduty")) {
            var page = new org.safeledger.support.PageClient(port)
                    .signIn(user, "demo2026")
                    .get("/rectifications/new");
            assertThat(page.statusCode()).isEqualTo(200);
            var offered = option.matcher(page.body()).results().toList();
            assertThat(offered).as(user + " is offered parties").isNotEmpty();
            var perKind = new java.util.HashMap<String, Integer>();
            for (var m : offered) {
                if (perKind.merge(m.group(1), 1, Integer::sum) > 3) {
                    continue;
                }
                var party = m.group(1).equals("GOVERNMENT") || m.group(1).equals("PARTY_COMMITTEE")
                        ? "{\"kind\":\"%s\",\"regionCode\":\"%s\"}".formatted(m.group(1), m.group(2))
                        : "{\"kind\":\"%s\",\"id\":%s}".formatted(m.group(1), m.group(2));
                var created = post(user, "/api/v1/rectifications", """
                        {"origin":"DIRECTIVE","title":"页面可选责任方","description":"d","deadline":"%s","responsible":%s}""".formatted(today().plusDays(9), party));
                assertThat(created.status())
                        .as(user + " assigns to " + m.group() + ": " + created.body())
                        .isEqualTo(201);
            }
        }
        var leaderPage = new org.safeledger.support.PageClient(port)
                .signIn("leader", "demo2026")
                .get("/rectifications/new");
        assertThat(leaderPage.body()).doesNotContain("GOVERNMENT:152921\"").doesNotContain("PARTY_COMMITTEE:152921\"");
    }

    @Test
    void nobodyAssignsToTheirOwnBodyOrOutsideTheirRegionAndBadInputIsNamed() {
        var own = post("leader", "/api/v1/rectifications", """
                {"origin":"DIRECTIVE","title":"t","description":"d","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"152921"}}""".formatted(today().plusDays(5)));
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        var outside = post("inspector", "/api/v1/rectifications", """
                {"origin":"DIRECTIVE","title":"t","description":"d","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"440825"}}""".formatted(today().plusDays(5)));
        assertThat(outside.status()).as(outside.body()).isEqualTo(403);
        var enterprise = post("mine1", "/api/v1/rectifications", """
                {"origin":"DIRECTIVE","title":"t","description":"d","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"152921"}}""".formatted(today().plusDays(5)));
        assertThat(enterprise.status()).isEqualTo(403);
        var past = post("leagueduty", "/api/v1/rectifications", """
                {"origin":"DIRECTIVE","title":"t","description":"d","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"152921"}}""".formatted(today()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").findValuesAsString("field")).containsExactly("deadline");
        var badKind = post("leagueduty", "/api/v1/rectifications", """
                {"origin":"GOSSIP","title":"t","description":"d","deadline":"%s",
                 "responsible":{"kind":"GOVERNMENT","regionCode":"152921"}}""".formatted(today().plusDays(5)));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").findValuesAsString("field")).containsExactly("origin");
    }

    @Test
    void theDemoAccidentsRecommendationsForAuthoritiesAreTheirItemsAndNoneSitsOnTheEnterprise() {
        var items = Api.at(port)
                .as("admin")
                .get("/api/v1/rectifications?origin=INVESTIGATION&size=500")
                .json()
                .get("items");
        var parties = new TreeSet<String>();
        items.forEach(i -> parties.add(i.get("responsible").get("name").asString()));
        assertThat(parties).contains("阿拉善左旗应急管理局", "阿拉善左旗人民政府");
        var hazards = Api.at(port)
                .as("admin")
                .get("/api/v1/hazards?source=ACCIDENT_INVESTIGATION&size=500")
                .body();
        assertThat(hazards)
                .as("the enterprise's hazards from the investigation")
                .contains("违法发包、边建设边生产")
                .doesNotContain("边坡开展稳定性评估")
                .doesNotContain("以包代管，外包单位资质")
                .doesNotContain("执法检查流于形式");
    }
}
