package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A campaign's sector checklists, its enterprises' tasks and its progress through the API: the mine runs the
 * campaign's coal-mine checklist as its task, what it finds becomes a campaign hazard counted as self-found; the
 * progress counts by source per region; a county whose enterprises find nothing while the inspectors find many is
 * alerted; the summary as PDF and sheet; an enterprise reads no progress and a county only its own subtree.
 */
@IntegrationTest
class CampaignProgressIT {

    @LocalServerPort
    int port;

    private long launch(LocalDate today, String sectors) {
        var launched = Api.at(port).as("provduty").post("/api/v1/campaigns", """
                {"kind":"SPECIAL_RECTIFICATION","title":"矿山专项整治进展测试%d","sectors":[%s],
                 "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"},{"kind":"SELF_CHECK","from":"%s","to":"%s"},
                           {"kind":"ENFORCEMENT","from":"%s","to":"%s"}]}""".formatted(
                        System.nanoTime() % 100000,
                        sectors,
                        today,
                        today.plusDays(5),
                        today.plusDays(6),
                        today.plusDays(30),
                        today.plusDays(31),
                        today.plusDays(60)));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        return launched.json().get("campaign").get("id").asLong();
    }

    private JsonNode progress(String user, long id, String region) {
        var read = Api.at(port).as(user).get("/api/v1/campaigns/" + id + "/progress?regionCode=" + region);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    private static JsonNode region(JsonNode progress, String code) {
        return progress.get("regions")
                .valueStream()
                .filter(r -> r.get("regionCode").asString().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no region " + code + " in " + progress));
    }

    private JsonNode task(long campaignId, String sector) {
        var tasks = Api.at(port).as("mine1").get("/api/v1/campaign-tasks");
        assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
        return tasks.json()
                .get("items")
                .valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaignId
                        && t.get("sector").asString().equals(sector))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + campaignId + " in " + tasks.body()));
    }

    @Test
    void theMinesSelfCheckWithTheCampaignsChecklistBecomesACampaignHazardCountedAsSelfFound() {
        var today = new Overdue(port).today();
        long id = launch(today, "\"COAL_MINE\",\"NON_COAL_MINE\"");
        var task = task(id, "COAL_MINE");
        assertThat(task.get("done").asBoolean()).isFalse();
        long checklist = task.get("checklistId").asLong();
        var items = Api.at(port)
                .as("mine1")
                .get("/api/v1/checklists/" + checklist)
                .json()
                .get("items");
        assertThat(items.valueStream().map(i -> i.get("text").asString()))
                .as("the coal standard's clauses and the key items, unconfirmed ones marked")
                .anyMatch(t -> t.contains("露天煤矿边坡角大于设计最大值"))
                .anyMatch(t -> t.startsWith("【待核实】"));
        var before = region(progress("provduty", id, "152921"), "152921");

        long mine1 = Api.at(port).as("mine1").enterpriseId();
        var run = Api.at(port).as("mine1").post("/api/v1/inspections", """
                {"templateId":%d,"enterpriseId":%d,"place":"北帮边坡"}""".formatted(checklist, mine1));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long runId = run.json().get("id").asLong();
        var results = new ArrayList<String>();
        long slopeItem = 0;
        for (var r : run.json().get("results")) {
            long itemId = r.get("item").get("id").asLong();
            boolean slope = r.get("item").get("text").asString().contains("露天煤矿边坡角");
            slopeItem = slope ? itemId : slopeItem;
            results.add("{\"itemId\":%d,\"outcome\":\"%s\"%s}"
                    .formatted(
                            itemId, slope ? "NON_COMPLIANT" : "COMPLIANT", slope ? ",\"note\":\"北帮台阶合并，边坡角超设计\"" : ""));
        }
        var saved = Api.at(port)
                .as("mine1")
                .put(
                        "/api/v1/inspections/" + runId + "/results",
                        "{\"version\":%d,\"results\":[%s]}"
                                .formatted(run.json().get("version").asInt(), String.join(",", results)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var completed = Api.at(port)
                .as("mine1")
                .post(
                        "/api/v1/inspections/" + runId + "/complete",
                        "{\"version\":%d}".formatted(saved.json().get("version").asInt()));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        var hazard =
                Api.at(port).as("mine1").post("/api/v1/inspections/" + runId + "/items/" + slopeItem + "/hazard", "");
        assertThat(hazard.status()).as(hazard.body()).isEqualTo(201);
        long hazardId = hazard.json().get("hazardId").asLong();
        var opened = Api.at(port).as("mine1").get("/api/v1/hazards/" + hazardId).json();
        assertThat(opened.get("source").asString()).isEqualTo("SELF_INSPECTION");
        assertThat(opened.get("grade").asString()).as("18.10 is a major hazard").isEqualTo("MAJOR");

        var done = task(id, "COAL_MINE");
        assertThat(done.get("done").asBoolean()).isTrue();
        assertThat(done.get("hazards").asLong()).isEqualTo(1);
        var after = progress("provduty", id, "152921");
        assertThat(after.get("checklistFindings").asLong()).isEqualTo(1);
        var banner = region(after, "152921");
        assertThat(banner.get("found").get("SELF_INSPECTION").asLong())
                .isEqualTo(before.get("found").get("SELF_INSPECTION").asLong() + 1);
        assertThat(banner.get("major").get("found").asLong())
                .isEqualTo(before.get("major").get("found").asLong() + 1);
        assertThat(banner.get("selfChecked").asLong())
                .isEqualTo(before.get("selfChecked").asLong() + 1);
        assertThat(banner.get("enterprises").asLong()).isGreaterThanOrEqualTo(2);
        var coal = region(progress("provduty", id, "152921&sector=COAL_MINE"), "152921");
        assertThat(coal.get("found").get("SELF_INSPECTION").asLong())
                .as("the coal mines' department reads its sector's figures")
                .isEqualTo(banner.get("found").get("SELF_INSPECTION").asLong());
        var nonCoal = region(progress("provduty", id, "152921&sector=NON_COAL_MINE"), "152921");
        assertThat(nonCoal.get("selfChecked").asLong())
                .as("no non-coal checklist was run")
                .isZero();
        assertThat(Api.at(port)
                        .as("provduty")
                        .get("/api/v1/campaigns/" + id + "/progress?sector=HAZARDOUS_CHEMICALS")
                        .status())
                .isEqualTo(400);
        var league = region(progress("provduty", id, "152900"), "152900");
        assertThat(league.get("found").get("SELF_INSPECTION").asLong())
                .as("the league counts its banner's")
                .isGreaterThanOrEqualTo(
                        banner.get("found").get("SELF_INSPECTION").asLong());
    }

    @Test
    void aCountyWhoseEnterprisesFindNothingWhileInspectorsFindThreeHazardsIsAlerted() {
        var today = new Overdue(port).today();
        long id = launch(today, "\"COAL_MINE\"");
        var registered =
                Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"阿拉善右旗测试煤矿（演示）","creditCode":"%s","regionCode":"152922","sector":"COAL_MINE",
                 "mineType":"OPEN_PIT","address":"阿拉善右旗测试路1号"}""".formatted(CreditCodes.fresh("152922")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long mine = registered.json().get("id").asLong();
        for (int i = 1; i <= 3; i++) {
            var reported = Api.at(port).as("provduty").post("/api/v1/hazards", """
                    {"enterpriseId":%d,"title":"执法检查发现问题%d","description":"专项整治执法检查发现","location":"采场",
                     "sector":"COAL_MINE","discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(
                            mine, i, OffsetDateTime.now().minusMinutes(5)));
            assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        }
        var progress = progress("provduty", id, "152922");
        var county = region(progress, "152922");
        assertThat(county.get("found").get("DEPARTMENT").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(county.get("found").get("SELF_INSPECTION").asLong()).isZero();
        assertThat(progress.get("alerts").valueStream())
                .anyMatch(a -> a.get("kind").asString().equals("SELF_CHECK_SILENT")
                        && a.get("regionCode").asString().equals("152922"));
        assertThat(progress("provduty", id, "152900").get("alerts").valueStream())
                .as("the league's reader sees its county's alert")
                .anyMatch(a -> a.get("regionCode").asString().equals("152922"));
        assertThat(progress("inspector", id, "152921").get("alerts").valueStream())
                .as("the banner does not see its neighbour's")
                .noneMatch(a -> a.get("regionCode").asString().equals("152922"));
    }

    @Test
    void theSummaryIsAPdfAndASheetAndNobodyReadsAnotherSubtreesProgress() {
        var today = new Overdue(port).today();
        long id = launch(today, "\"COAL_MINE\"");
        var pdf = Api.at(port)
                .as("provduty")
                .getBinary("/api/v1/campaigns/" + id + "/summary?regionCode=152900&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        var xlsx = Api.at(port).as("provduty").getBinary("/api/v1/campaigns/" + id + "/summary?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        assertThat(Api.at(port)
                        .as("provduty")
                        .get("/api/v1/campaigns/" + id + "/summary?format=doc")
                        .status())
                .isEqualTo(400);

        var banner = progress("inspector", id, "152900");
        assertThat(banner.get("regions")
                        .valueStream()
                        .map(r -> r.get("regionCode").asString()))
                .as("the banner asking for the league reads its own subtree only")
                .isNotEmpty()
                .allMatch(code -> code.startsWith("152921"));
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/campaigns/" + id + "/progress")
                        .status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/campaigns/" + id + "/progress")
                        .status())
                .as("an enterprise sees its tasks, not the progress")
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/campaigns/" + id + "/summary?format=pdf")
                        .status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("provduty").get("/api/v1/campaign-tasks").status())
                .as("a regulator has no tasks")
                .isEqualTo(403);
        assertThat(task(id, "COAL_MINE").get("checklistName").asString()).contains("矿山专项整治进展测试");
        assertThat(Api.at(port)
                        .as("chem1")
                        .get("/api/v1/campaign-tasks")
                        .json()
                        .get("items")
                        .valueStream())
                .as("a chemicals plant has no task of a mines campaign")
                .noneMatch(t -> t.get("campaignId").asLong() == id);
    }

    @Test
    void theDemosCampaignHasSelfChecksUnderWayAFloodSeasonCheckAndItsSilentCountyAlerted() {
        var campaigns =
                Api.at(port).as("leagueduty").get("/api/v1/campaigns").json().get("items");
        long special = campaigns
                .valueStream()
                .filter(c -> c.get("title").asString().equals("全区矿山重大事故隐患专项整治（虚构）"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(campaigns.valueStream())
                .anyMatch(c -> c.get("kind").asString().equals("FLOOD_SEASON"));
        var progress = progress("leagueduty", special, "152900");
        assertThat(progress.get("checklistFindings").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(region(progress, "152921").get("selfChecked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(region(progress, "152921")
                        .get("found")
                        .get("SELF_INSPECTION")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(progress.get("alerts").valueStream())
                .anyMatch(a -> a.get("kind").asString().equals("SELF_CHECK_SILENT")
                        && a.get("regionCode").asString().equals("152922"));
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/campaign-tasks")
                        .json()
                        .get("items")
                        .valueStream())
                .as("the second mine's self-check is under way")
                .anyMatch(t -> t.get("campaignId").asLong() == special
                        && !t.get("openRunId").isNull());
    }

    @Test
    void aBannerAddsItemsOfItsOwnWhichItsMinesRunBesideTheCampaignsChecklist() {
        var today = new Overdue(port).today();
        long id = launch(today, "\"COAL_MINE\"");
        var body = """
                {"sector":"COAL_MINE","items":"是否落实夜间边坡巡查\\n雨后是否复查排土场"}""";
        var path = "/api/v1/campaigns/" + id + "/units/152921/items";
        assertThat(Api.at(port).as("inspector").post(path, body).status())
                .as("not before the banner takes the campaign on")
                .isEqualTo(409);
        Api.at(port).as("inspector").post("/api/v1/campaigns/" + id + "/units/152921/take-on", "");
        assertThat(Api.at(port).as("leagueduty").post(path, body).status())
                .as("the league does not add for the banner")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post(path, "{\"sector\":\"HAZARDOUS_CHEMICALS\",\"items\":\"x\"}")
                        .status())
                .isEqualTo(400);
        var added = Api.at(port).as("inspector").post(path, body);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        var banner = added.json()
                .get("units")
                .valueStream()
                .filter(u -> u.get("regionCode").asString().equals("152921"))
                .findFirst()
                .orElseThrow();
        assertThat(banner.get("ownItems").valueStream().map(JsonNode::asString)).containsExactly("COAL_MINE");
        assertThat(banner.get("mayAddItems")).isEmpty();
        assertThat(Api.at(port).as("inspector").post(path, body).status())
                .as("once a sector")
                .isEqualTo(409);
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/campaigns/" + id + "/units/150000/items", body)
                        .status())
                .as("the province's checklist is the campaign's own")
                .isEqualTo(409);

        var tasks = Api.at(port)
                .as("mine1")
                .get("/api/v1/campaign-tasks")
                .json()
                .get("items")
                .valueStream()
                .filter(t -> t.get("campaignId").asLong() == id)
                .toList();
        assertThat(tasks).hasSize(2);
        var own = tasks.stream()
                .filter(t -> t.get("checklistName").asString().contains("阿拉善左旗补充"))
                .findFirst()
                .orElseThrow();
        var items = Api.at(port)
                .as("mine1")
                .get("/api/v1/checklists/" + own.get("checklistId").asLong())
                .json()
                .get("items");
        assertThat(items.valueStream().map(i -> i.get("text").asString())).containsExactly("是否落实夜间边坡巡查", "雨后是否复查排土场");
    }
}
