package org.safeledger.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The path through the API on PostgreSQL: the league's safety committee office tours the banner, records
 * findings against its government, its emergency bureau and a mine (the mine's also a hazard in the ledger) and
 * delivers its feedback; the clocks start, plans are filed, the mine's item is closed by the tour's body, the
 * government's principal files its report; a re-inspection sample is drawn and verified, the sampled item reopened
 * raises the mine's reopen rate; the summary is published for anyone; the government's item runs past its deadline,
 * turns red, escalates, and its late extension is refused. Who reads what is tested with it.
 */
@IntegrationTest
class TourIT {

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        new Overdue(port).moveClock("P0D");
    }

    private Api.Response post(String user, String path, String json) {
        return Api.at(port).as(user).post(path, json);
    }

    private JsonNode ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    private LocalDate today() {
        return new Overdue(port).today();
    }

    private JsonNode tour(String title) {
        return ok(
                post("leagueduty", "/api/v1/tours", """
                        {"kind":"SAFETY_TOUR","title":"%s","targetRegionCode":"152921","startsOn":"%s","endsOn":"%s",
                         "leader":"巡查组组长","members":["专家甲","专家乙"]}""".formatted(title, today().minusDays(6), today().minusDays(1))),
                201);
    }

    private JsonNode finding(long tour, String responsible, String title, String extra) {
        return ok(
                post("leagueduty", "/api/v1/tours/" + tour + "/findings", """
                        {"responsible":%s,"title":"%s","description":"巡查发现：%s"%s}""".formatted(
                                responsible, title, title, extra)),
                201);
    }

    private JsonNode item(String user, long id) {
        return ok(Api.at(port).as(user).get("/api/v1/rectifications/" + id), 200);
    }

    private JsonNode step(String user, long id, String action, String fields) {
        var item = item(user, id);
        return ok(
                post(
                        user,
                        "/api/v1/rectifications/" + id + "/actions/" + action,
                        "{\"version\":" + item.get("version").asInt() + "," + fields + "}"),
                200);
    }

    @Test
    void aSafetyTourOfTheBannerRunsItsSecondHalfFromFindingsToAVerifiedSampleAndAPublicSummary() {
        long bureau = Api.at(port).as("inspector").departmentId();
        long mine = Api.at(port).as("mine1").enterpriseId();
        var created = tour("盟安委会安全生产巡查" + System.nanoTime() % 10000);
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("TOURING");
        assertThat(created.get("body").get("name").asString()).isEqualTo("阿拉善盟应急管理局");
        assertThat(created.get("availableActions").toString())
                .contains("record_finding")
                .doesNotContain("feedback");
        assertThat(Api.at(port).as("leader").get("/api/v1/tours/" + id).status())
                .as("before the feedback the toured do not know the findings")
                .isEqualTo(404);

        var government = finding(id, "{\"kind\":\"GOVERNMENT\",\"regionCode\":\"152921\"}", "外包工程以包代管未清理", "");
        finding(id, "{\"kind\":\"DEPARTMENT\",\"id\":" + bureau + "}", "执法检查未覆盖露天煤矿排土场", "");
        var mineFinding = finding(
                id, "{\"kind\":\"ENTERPRISE\",\"id\":" + mine + "}", "排土场边坡裂缝未监测", ",\"hazard\":{\"place\":\"南帮排土场\"}");
        long hazard = mineFinding.get("hazardId").asLong();
        var inLedger = ok(Api.at(port).as("mine1").get("/api/v1/hazards/" + hazard), 200);
        assertThat(inLedger.get("source").asString()).isEqualTo("INSPECTION_TOUR");
        assertThat(mineFinding.get("rectificationId").isNull()).isTrue();

        var toured = ok(Api.at(port).as("leagueduty").get("/api/v1/tours/" + id), 200);
        var fedBack = ok(
                post(
                        "leagueduty",
                        "/api/v1/tours/" + id + "/feedback",
                        "{\"version\":" + toured.get("version").asInt() + ",\"deliveredOn\":\"" + today() + "\"}"),
                200);
        assertThat(fedBack.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(fedBack.get("planDue").asString())
                .isEqualTo(today().plusDays(15).toString());
        assertThat(fedBack.get("reportDue").asString())
                .isEqualTo(today().plusMonths(2).toString());
        assertThat(fedBack.get("findings").get("total").asInt()).isEqualTo(3);
        assertThat(fedBack.get("principalReport").get("expected").asInt()).isEqualTo(3);

        var items = new HashMap<String, Long>();
        for (var f : ok(Api.at(port).as("leagueduty").get("/api/v1/tours/" + id + "/findings"), 200)) {
            items.put(
                    f.get("responsible").get("kind").asString(),
                    f.get("rectificationId").asLong());
        }
        var govItem = item("leader", items.get("GOVERNMENT"));
        assertThat(govItem.get("origin").asString()).isEqualTo("TOUR_FINDING");
        assertThat(govItem.get("assigner").get("name").asString()).isEqualTo("阿拉善盟应急管理局");
        assertThat(govItem.get("deadline").asString())
                .isEqualTo(today().plusMonths(2).toString());
        assertThat(govItem.get("standing").asString()).isEqualTo("RESPONSIBLE");

        // each target reads its own findings: the mine one, the bureau one; the banner's leader its whole banner
        assertThat(ok(Api.at(port).as("mine1").get("/api/v1/tours/" + id + "/findings"), 200))
                .hasSize(1);
        assertThat(ok(Api.at(port).as("inspector").get("/api/v1/tours/" + id + "/findings"), 200))
                .hasSize(1);
        assertThat(ok(Api.at(port).as("leader").get("/api/v1/tours/" + id + "/findings"), 200))
                .hasSize(3);
        assertThat(ok(Api.at(port).as("mine1").get("/api/v1/tours/" + id), 200)
                        .get("standing")
                        .asString())
                .isEqualTo("TARGET");
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/tours/" + id + "/findings")
                        .status())
                .isEqualTo(404);

        // plans filed; the mine's item submitted and closed by the tour's body — never by the mine itself
        step("leader", items.get("GOVERNMENT"), "plan", "\"plan\":\"旗政府牵头清理\",\"measures\":\"逐矿核查\"");
        step("inspector", items.get("DEPARTMENT"), "plan", "\"plan\":\"排土场纳入执法计划\",\"measures\":\"季度全覆盖\"");
        step("mine1", items.get("ENTERPRISE"), "plan", "\"plan\":\"安装边坡雷达\",\"measures\":\"十日内完成\"");
        step("mine1", items.get("ENTERPRISE"), "submit", "\"evidence\":\"雷达已接入监测平台\",\"attachmentIds\":[]");
        var own = item("mine1", items.get("ENTERPRISE"));
        var selfAccept = post(
                "mine1",
                "/api/v1/rectifications/" + items.get("ENTERPRISE") + "/actions/accept",
                "{\"version\":" + own.get("version").asInt() + ",\"opinion\":\"自行验收\"}");
        assertThat(selfAccept.status()).as(selfAccept.body()).isEqualTo(403);
        step("leagueduty", items.get("ENTERPRISE"), "accept", "\"opinion\":\"现场核实，同意销号\"");

        // the government's principal files the report, once; the mine cannot file it for the government
        var asLeader = ok(Api.at(port).as("leader").get("/api/v1/tours/" + id), 200);
        long govTarget = targetId(asLeader, "GOVERNMENT");
        assertThat(post("mine1", "/api/v1/tours/" + id + "/targets/" + govTarget + "/principal-report", """
                        {"report":"代报"}""")
                        .status())
                .isEqualTo(403);
        var reported =
                ok(post("leader", "/api/v1/tours/" + id + "/targets/" + govTarget + "/principal-report", """
                        {"report":"旗长主持召开专题会议，部署整改，逐项明确责任领导。"}"""), 200);
        assertThat(reported.get("principalReport").get("received").asInt()).isEqualTo(1);
        assertThat(post("leader", "/api/v1/tours/" + id + "/targets/" + govTarget + "/principal-report", """
                        {"report":"再报"}""")
                        .status())
                .isEqualTo(409);

        // the re-inspection sample: reproducible; the sampled item reopened raises the mine's reopen rate
        var sample = ok(post("leagueduty", "/api/v1/tours/" + id + "/samples", "{\"size\":1,\"seed\":20261203}"), 201);
        assertThat(sample.get("drawn").toString()).isEqualTo("[" + items.get("ENTERPRISE") + "]");
        var verified = ok(
                Api.at(port)
                        .as("leagueduty")
                        .get("/api/v1/tours/" + id + "/samples/"
                                + sample.get("id").asLong() + "/verify"),
                200);
        assertThat(verified.get("reproducible").asBoolean()).isTrue();
        assertThat(post("leagueduty", "/api/v1/tours/" + id + "/samples", "{\"size\":2}")
                        .status())
                .as("only one item is closed")
                .isEqualTo(400);
        step(
                "leagueduty",
                items.get("ENTERPRISE"),
                "reopen",
                "\"newDeadline\":\"" + today().plusDays(20) + "\",\"reason\":\"回头看发现雷达离线\"");
        var after = ok(Api.at(port).as("leagueduty").get("/api/v1/tours/" + id), 200);
        var mineTarget = target(after, "ENTERPRISE");
        assertThat(mineTarget.get("findings").get("reopenRate").asDouble()).isEqualTo(1.0);
        assertThat(target(after, "GOVERNMENT").get("findings").get("reopenRate").isNull())
                .isTrue();
        assertThat(ok(
                                Api.at(port)
                                        .as("leagueduty")
                                        .get("/api/v1/tours/" + id + "/samples/"
                                                + sample.get("id").asLong() + "/verify"),
                                200)
                        .get("reproducible")
                        .asBoolean())
                .as("the pool is read from the timelines as of the draw: a later reopening does not change it")
                .isTrue();

        // the public summary: no ids, no names of people
        var published = ok(
                post("leagueduty", "/api/v1/tours/" + id + "/publish", """
                        {"version":%d,"summary":"巡查发现问题3个，已整改销号1个，其余正在整改。"}""".formatted(
                                after.get("version").asInt())),
                200);
        var path = published.get("publicPath").asString();
        var anonymous = Api.at(port).getAnything(path);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("排土场边坡裂缝未监测").contains("阿拉善左旗人民政府");
        var json = Api.at(port).get(path).json();
        assertThat(json.toString())
                .doesNotContain("\"id\"")
                .doesNotContain("巡查组组长")
                .doesNotContain("专家甲");
        assertThat(Api.at(port).getAnything("/public/tours/notARealTokenAtAll").status())
                .isEqualTo(404);

        // past the deadline: red, escalated, the late extension refused, the bureau's report overdue
        var overdue = new Overdue(port);
        overdue.moveClock("P70D");
        ok(Api.at(port).as("admin").post("/api/v1/admin/jobs/rectification-sweep/run", ""), 200);
        var red = item("leader", items.get("GOVERNMENT"));
        assertThat(red.get("supervision").asString()).isEqualTo("RED");
        assertThat(red.get("escalationTier").asInt()).isGreaterThan(0);
        var late =
                post("leader", "/api/v1/rectifications/" + items.get("GOVERNMENT") + "/actions/extend", """
                {"version":%d,"newDeadline":"%s","reason":"冬季停工","progress":"停工待料"}""".formatted(
                                red.get("version").asInt(), today().plusDays(30)));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        var late_ = ok(Api.at(port).as("leagueduty").get("/api/v1/tours/" + id), 200);
        assertThat(late_.get("findings").get("overdue").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(target(late_, "DEPARTMENT").get("reportOverdue").asBoolean()).isTrue();
        assertThat(target(late_, "GOVERNMENT").get("reportOverdue").asBoolean()).isFalse();
    }

    @Test
    void aDepartmentOutsideTheTargetsReadsNoneOfTheTourAndOnlyTheSafetyOfficeOrLeadersRunOne() {
        long mine = Api.at(port).as("mine1").enterpriseId();
        long id = tour("范围测试" + System.nanoTime() % 10000).get("id").asLong();
        finding(id, "{\"kind\":\"GOVERNMENT\",\"regionCode\":\"152921\"}", "防汛责任未落实", "");
        finding(id, "{\"kind\":\"ENTERPRISE\",\"id\":" + mine + "}", "应急演练未开展", "");
        var read = ok(Api.at(port).as("leagueduty").get("/api/v1/tours/" + id), 200);
        ok(
                post(
                        "leagueduty",
                        "/api/v1/tours/" + id + "/feedback",
                        "{\"version\":" + read.get("version").asInt() + ",\"deliveredOn\":\"" + today() + "\"}"),
                200);
        // the banner's emergency bureau is not a target: neither the tour nor its findings exist for it
        assertThat(Api.at(port).as("inspector").get("/api/v1/tours/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/tours/" + id + "/findings")
                        .status())
                .isEqualTo(404);
        var listed = new java.util.ArrayList<Long>();
        ok(Api.at(port).as("inspector").get("/api/v1/tours"), 200)
                .forEach(t -> listed.add(t.get("id").asLong()));
        assertThat(listed).doesNotContain(id);
        var leagueList = new java.util.ArrayList<Long>();
        ok(Api.at(port).as("leagueduty").get("/api/v1/tours"), 200)
                .forEach(t -> leagueList.add(t.get("id").asLong()));
        assertThat(leagueList).contains(id);
        // a party inspection is the leaders'; a safety tour is not a mine's nor the banner bureau's to run... by kind
        assertThat(post("leagueduty", "/api/v1/tours", """
                        {"kind":"PARTY_INSPECTION","title":"巡察","targetRegionCode":"152921","startsOn":"%s",
                         "endsOn":"%s","leader":"组长"}""".formatted(today(), today()))
                        .status())
                .isEqualTo(403);
        assertThat(post("mine1", "/api/v1/tours", """
                        {"kind":"SAFETY_TOUR","title":"巡查","targetRegionCode":"152921","startsOn":"%s",
                         "endsOn":"%s","leader":"组长"}""".formatted(today(), today()))
                        .status())
                .isEqualTo(403);
        // bad input: a feedback in the future, a finding in another province, a tour ending before it starts
        long other = tour("输入测试" + System.nanoTime() % 10000).get("id").asLong();
        var future = post("leagueduty", "/api/v1/tours/" + other + "/feedback", """
                {"version":0,"deliveredOn":"%s"}""".formatted(today().plusDays(3)));
        assertThat(future.status()).as(future.body()).isIn(400, 409);
        assertThat(post("leagueduty", "/api/v1/tours/" + other + "/findings", """
                        {"responsible":{"kind":"GOVERNMENT","regionCode":"440825"},"title":"t","description":"d"}""")
                        .status())
                .isEqualTo(403);
        assertThat(post("leagueduty", "/api/v1/tours", """
                        {"kind":"SAFETY_TOUR","title":"巡查","targetRegionCode":"152921","startsOn":"%s",
                         "endsOn":"%s","leader":"组长"}""".formatted(today(), today().minusDays(1)))
                        .status())
                .isEqualTo(400);
        // the leaders of the banner run a supervision tour of their own banner; their items are the government's
        var supervision = ok(post("leader", "/api/v1/tours", """
                        {"kind":"SUPERVISION","title":"旗政府督查","targetRegionCode":"152921","startsOn":"%s",
                         "endsOn":"%s","leader":"督查组"}""".formatted(today(), today())), 201);
        assertThat(supervision.get("body").get("name").asString()).isEqualTo("阿拉善左旗人民政府");
    }

    private static long targetId(JsonNode tour, String kind) {
        return target(tour, kind).get("id").asLong();
    }

    private static JsonNode target(JsonNode tour, String kind) {
        for (var t : tour.get("targets")) {
            if (t.get("responsible").get("kind").asString().equals(kind)) {
                return t;
            }
        }
        throw new AssertionError("no " + kind + " target in " + tour);
    }
}
