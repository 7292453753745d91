package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page renders for the roles that may open it, and refuses the ones that may not. */
@IntegrationTest
class PagesIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "admin, /, 200",
        "admin, /org/enterprises, 200",
        "admin, /org/enterprises/new, 200",
        "admin, /org/departments, 200",
        "admin, /org/people, 200",
        "admin, /org/regions, 200",
        "admin, /org/regions?code=152900, 200",
        "admin, /org/regions?q=阿拉善, 200",
        "admin, /admin/users, 200",
        "admin, /profile, 200",
        "admin, /?lang=en, 200",
        "mine1, /, 200",
        "mine1, /org/people, 200",
        "mine1, /admin/users, 403",
        "mine1, /org/enterprises/new, 403",
        "leader, /, 200",
        "inspector, /, 200",
        "depthead, /org/people, 200",
        "xwinspector, /org/enterprises, 200",
        "mine1, /hazards, 200",
        "mine1, /hazards/new, 200",
        "chem1, /hazards/new, 200",
        "inspector, /hazards?overdue=true&sort=DEADLINE_ASC, 200",
        "leader, /hazards, 200",
        "leader, /hazards/new, 403",
        "admin, /hazards?status=CLOSED&from=2026-01-01&to=2026-12-31, 200",
        "inspector, /hazards?status=NOPE, 400",
        "inspector, /hazards?enterpriseId=1&page=1, 200",
        "mine1, /inbox, 200",
        "mine1, /inbox?unread=true&lang=en, 200",
        "leader, /hazards/escalations, 200",
        "admin, /hazards/escalations, 200",
        "admin, /hazards/escalations?regionCode=150000&lang=en, 200",
        "leader, /hazards/escalations?regionCode=440825, 403",
        "leader, /accountability, 200",
        "leader, /accountability?region=152921&asOf=2026-06-30&lang=en, 200",
        "leader, /accountability?region=440825, 403",
        "xwinspector, /accountability?region=152921, 403",
        "mine1, /accountability, 403",
        "leagueleader, /accountability?region=152921, 200",
        "leader, /accountability?region=152900, 403",
        "leader, /accountability?asOf=2999-01-01, 400",
        "leader, /assessments, 200",
        "leader, /assessments?region=152921&year=2025&lang=en, 200",
        "leader, /assessments?year=1999, 400",
        "mine1, /assessments, 403",
        "xwinspector, /assessments?region=152921, 403",
        "leader, /summons, 200",
        "leagueleader, /dashboard, 200",
        "leagueleader, /dashboard?regionCode=152921&interval=WEEK&lang=en, 200",
        "leader, /dashboard?regionCode=152900, 403",
        "depthead, /dashboard?sector=FIRE_SAFETY, 403",
        "depthead, /dashboard?sector=COAL_MINE, 200",
        "mine1, /dashboard, 200",
        "admin, /dashboard, 200",
        "leader, /dashboard?from=2026-13-01, 400",
        "leader, /dashboard?interval=DAY, 400",
        "leagueleader, /reports/monthly?month=2999-01, 400",
        "depthead, /reports/monthly?month=2025-01, 403",
        "provduty, /campaigns, 200",
        "provduty, /campaigns/new, 200",
        "leader, /campaigns/new, 403",
        "mine1, /campaigns, 200",
        "inspector, /campaigns?lang=en, 200",
        "leagueleader, /summons?lang=en, 200",
        "leader, /hazards?overdue=true&tier=3, 200",
        "leader, /hazards?tier=7, 400",
        "depthead, /hazards?listed=true&status=RECTIFYING, 200",
        "depthead, /, 200",
        "mine1, /hazards/import, 200",
        "mine1, /hazards/import?lang=en, 200",
        "leader, /hazards/import, 403",
        "admin, /admin/webhooks, 200",
        "admin, /admin/webhooks?lang=en, 200",
        "inspector, /admin/webhooks, 403",
        "mine1, /standards, 200",
        "mine1, /standards?q=%E8%BE%B9%E5%9D%A1%E8%A7%92, 200",
        "inspector, /standards/COAL_MINE_MAJOR/MEM-4-2020, 200",
        "inspector, /standards/COAL_MINE_MAJOR/MEM-4-2020?lang=en, 200",
        "inspector, /standards/COAL_MINE_MAJOR/NOPE, 404",
        "mine1, /risks, 200",
        "mine1, /risks?level=MAJOR&lang=en, 200",
        "mine1, /risks/new, 200",
        "mine1, /risks/methods, 200",
        "mine1, /risks/methods?lang=en, 200",
        "leader, /risks, 200",
        "leader, /risks/new, 403",
        "chem1, /risks/new, 403",
        "inspector, /risks?level=NOPE, 400",
        "mine1, /accidents, 200",
        "mine1, /accidents/new, 200",
        "mine1, /accidents/new?lang=en, 200",
        "leader, /accidents, 200",
        "leader, /accidents/new, 403",
        "leader, /accidents/1, 200",
        "leader, /accidents/1?lang=en, 200",
        "provduty, /accidents/1, 200",
        "inspector, /accidents/1?lang=en, 200",
        "mine1, /accidents/1, 404",
        "xwinspector, /accidents/1, 404",
        "leagueduty, /tours/1, 200",
        "leagueduty, /tours/1?lang=en, 200",
        "mine2, /tours/1, 404",
        "xwinspector, /tours/1, 404",
        "mine1, /campaigns/tasks, 200",
        "mine1, /campaigns/tasks?lang=en, 200",
        "provduty, /campaigns/tasks, 403",
        "mine1, /campaigns/1, 404",
        "provduty, /campaigns/1, 200",
        "provduty, /campaigns/1?region=152900&lang=en, 200",
        "xwinspector, /campaigns/1, 404",
        "mine1, /lessons, 200",
        "leader, /lessons, 200",
        "leader, /lessons/1, 200",
        "leader, /lessons/1?lang=en, 200",
        "mine2, /lessons/1, 200",
        "chem1, /lessons/1, 404",
        "leader, /lessons/new?accidentId=1, 200",
        "depthead, /lessons/new?accidentId=1&lang=en, 200",
        "inspector, /lessons/new?accidentId=1, 403",
        "mine1, /lessons/new, 403",
        "inspector, /inspections/draws, 200",
        "inspector, /inspections/draws?lang=en, 200",
        "mine1, /inspections/draws, 403",
        "inspector, /enforcement, 200",
        "inspector, /enforcement/new?type=RECTIFICATION_ORDER, 200",
        "inspector, /enforcement/new?type=PENALTY_DECISION&lang=en, 200",
        "mine1, /enforcement, 200",
        "mine1, /enforcement/new, 403",
        "leader, /enforcement, 200",
        "leader, /public/inspections, 200",
        "inspector, /tip-offs, 200",
        "inspector, /tip-offs?lang=en, 200",
        "inspector, /tip-offs/1, 200",
        "inspector, /tip-offs/2?lang=en, 200",
        "xwinspector, /tip-offs, 200",
        "xwinspector, /tip-offs/1, 404",
        "mine1, /tip-offs, 403",
        "mine1, /tip-offs/1, 404",
        "leader, /public/tip-offs/new, 200",
        "leader, /public/tip-offs/new?at=152900&lang=en, 200",
        "leader, /public/tip-offs/new?region=152921, 200",
        "leader, /public/tip-offs/track?code=DEMX-2345-6789-ABCD, 200",
        "inspector, /enforcement/watch-list, 200",
        "inspector, /inspections/plan, 200",
        "depthead, /inspections/plan?year=2026&lang=en, 200",
        "mine1, /inspections/plan, 403",
        "leader, /enforcement/watch-list?regionCode=152921&lang=en, 200",
        "mine1, /enforcement/watch-list, 403",
        "mine1, /inspections, 200",
        "mine1, /inspections?lang=en, 200",
        "mine1, /inspections/checklists/new, 200",
        "inspector, /inspections, 200",
        "inspector, /inspections/checklists/new?lang=en, 200",
        "leader, /inspections, 200",
        "leader, /inspections/checklists/new, 403",
        "chem1, /inspections/checklists/new, 403",
    })
    void pagesRenderForTheirRoles(String user, String path, int status) {
        var response =
                new PageClient(port).signIn(user, "demo2026").get(path.replace("阿拉善", "%E9%98%BF%E6%8B%89%E5%96%84"));

        assertThat(response.statusCode()).as(user + " " + path).isEqualTo(status);
        if (status == 200) {
            // a message missing from the bundles renders as ??key_locale??
            assertThat(response.body())
                    .contains("<h1")
                    .doesNotContain("id=\"error-message\"")
                    .doesNotContain("??");
        }
    }

    @org.junit.jupiter.api.Test
    void theHomePageShowsTheAccidentsAndOffersTheReportToThoseWhoFileThem() {
        var leader = new PageClient(port).signIn("leader", "demo2026").get("/").body();
        assertThat(leader).contains("id=\"accidents-card\"").doesNotContain("id=\"home-report-accident\"");
        var mine = new PageClient(port).signIn("mine1", "demo2026").get("/").body();
        assertThat(mine).contains("id=\"home-report-accident\"");
    }

    @org.junit.jupiter.api.Test
    void anAccidentReportWithBadInputComesBackWithItsErrorAndLosesNothing() {
        long mine = org.safeledger.support.Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var when = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusMinutes(10)
                .withSecond(0)
                .withNano(0);
        var form = "enterpriseId=" + mine + "&occurredAt=" + when + "&place="
                + java.net.URLEncoder.encode("南帮排土场", java.nio.charset.StandardCharsets.UTF_8)
                + "&type=COLLAPSE&sector=&summary="
                + java.net.URLEncoder.encode("排土场滑塌（页面测试）", java.nio.charset.StandardCharsets.UTF_8)
                + "&deaths=-1&missing=0&seriousInjuries=0&minorInjuries=0&directLossYuan=0";
        var client = new PageClient(port).signIn("mine1", "demo2026");
        var refused = client.submit("/accidents/new", "/accidents", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("field-error")
                .contains("排土场滑塌（页面测试）")
                .contains("南帮排土场");
        var filed = client.submit("/accidents/new", "/accidents", form.replace("deaths=-1", "deaths=1"));
        assertThat(filed.statusCode()).isEqualTo(302);
        assertThat(filed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/accidents/"));
        // the leader records no follow-up figures from the page
        var leader = new PageClient(port).signIn("leader", "demo2026");
        var location = filed.headers().firstValue("Location").orElseThrow();
        var path = location.substring(location.indexOf("/accidents/"));
        var denied = leader.submit(
                path, path + "/updates", "deaths=2&missing=0&seriousInjuries=0&minorInjuries=0&directLossYuan=0");
        assertThat(denied.statusCode()).isEqualTo(403);
        // the enterprise lowering its own count is told so on the page, its accident unchanged
        var lower = client.submit(
                path, path + "/updates", "deaths=0&missing=0&seriousInjuries=0&minorInjuries=0&directLossYuan=0");
        assertThat(lower.statusCode()).isEqualTo(200);
        assertThat(lower.body()).contains("id=\"update-error\"");
    }

    private long demoHazard(String title) {
        var items = org.safeledger.support.Api.at(port)
                .as("admin")
                .get("/api/v1/hazards?size=500&q="
                        + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .get("items");
        return items.get(0).get("id").asLong();
    }

    @org.junit.jupiter.api.Test
    void aListedHazardStandsOutAndTheBureauCanListOthersFromThePage() {
        long listed = demoHazard("剥离工程外包队伍无矿山施工资质");
        var page = new PageClient(port)
                .signIn("mine1", "demo2026")
                .get("/hazards/" + listed)
                .body();
        assertThat(page).contains("id=\"listed-badge\"").contains("挂牌督办（县级）").contains("阿拉善左旗应急管理局");
        assertThat(page).doesNotContain("id=\"action-list\"");
        var ledger = new PageClient(port)
                .signIn("leader", "demo2026")
                .get("/hazards?listed=true")
                .body();
        assertThat(ledger).contains("剥离工程外包队伍无矿山施工资质").doesNotContain("排土场排水沟淤堵");

        long drain = demoHazard("排土场排水沟淤堵");
        var form = new PageClient(port)
                .signIn("inspector", "demo2026")
                .get("/hazards/" + drain)
                .body();
        assertThat(form).contains("id=\"action-list\"").contains("阿拉善左旗应急管理局").doesNotContain("??");
        var enterprise = new PageClient(port)
                .signIn("mine1", "demo2026")
                .get("/hazards/" + drain)
                .body();
        assertThat(enterprise).doesNotContain("id=\"action-list\"");
    }

    @org.junit.jupiter.api.Test
    void anAdministratorConnectsAWebhookFromThePagesAndABadOneComesBackWithItsError() {
        var admin = new PageClient(port).signIn("admin", "demo2026");
        var bad = admin.submit(
                "/admin/webhooks", "/admin/webhooks", "name=x&url=ftp%3A%2F%2Fexample.org&secret=0123456789abcdef");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("ftp://example.org").doesNotContain("0123456789abcdef");
        var created = admin.submit(
                "/admin/webhooks",
                "/admin/webhooks",
                "name=%E7%9C%81%E5%B9%B3%E5%8F%B0&url=https%3A%2F%2Fmsg.example.org%2Fhook&secret=0123456789abcdef"
                        + "&regionCode=150000");
        assertThat(created.statusCode()).isEqualTo(302);
        var location = created.headers().firstValue("Location").orElseThrow();
        var id = location.substring(location.lastIndexOf('/') + 1);
        var page = admin.get("/admin/webhooks/" + id).body();
        assertThat(page)
                .contains("省平台")
                .contains("https://msg.example.org/hook")
                .contains("内蒙古自治区");
        assertThat(admin.submit("/admin/webhooks/" + id, "/admin/webhooks/" + id + "/enabled", "enabled=false")
                        .statusCode())
                .isEqualTo(302);
        // disabled now: the button offers to enable it again
        assertThat(admin.get("/admin/webhooks/" + id).body()).contains(">启用</button>");
    }

    @org.junit.jupiter.api.Test
    void aMajorHazardsAssignmentWithBlankImplementationsComesBackOnTheFormNotOnAnErrorPage() {
        var api = org.safeledger.support.Api.at(port);
        long enterprise =
                api.as("mine1").get("/api/v1/me").json().get("enterpriseId").asLong();
        long id = api.as("mine1")
                .post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"坡角超限页面","description":"d","location":"l","sector":"COAL_MINE",
                         "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                                enterprise, java.time.OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();
        assertThat(api.as("inspector")
                        .post("/api/v1/hazards/" + id + "/actions/cite", "{\"version\":0,\"clauseNumbers\":\"18.10\"}")
                        .status())
                .isEqualTo(200);
        // blank text passes the browser's "required": the ledger's check answers, on the form
        var page = new PageClient(port)
                .signIn("mine1", "demo2026")
                .submit(
                        "/hazards/" + id,
                        "/hazards/" + id + "/actions/assign",
                        "version=1&plan=p&responsiblePerson=r&deadline="
                                + java.time.LocalDate.now().plusDays(9)
                                + "&fiveResponsibility=+&fiveMeasures=+&fiveFunding=+&fiveDeadline=+"
                                + "&fiveContingencyPlan=+&planObjectives=+&planMethods=+&planFunding=+"
                                + "&planOrganisation=+&planTimeLimit=+&planSafety=+");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("五落实")
                .contains("fiveImplementations.funding")
                .doesNotContain("error-message");
        assertThat(api.as("mine1")
                        .get("/api/v1/hazards/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REPORTED");
    }

    @org.junit.jupiter.api.Test
    void theHomePageCountsTheRectificationsTheEnterpriseStillOwes() {
        // the demo's chemical plant rectifies its gas detectors; its staff see the count of what they may submit
        var home = new PageClient(port).signIn("chem1", "demo2026").get("/").body();

        assertThat(home).contains("/hazards?status=RECTIFYING&amp;sort=DEADLINE_ASC");
    }

    @org.junit.jupiter.api.Test
    void theEnterpriseChooserFindsEnterprisesInTheScopeOnly() {
        var query = "/org/enterprises/options?q="
                + java.net.URLEncoder.encode("宏岩", java.nio.charset.StandardCharsets.UTF_8);

        var inspector = new PageClient(port).signIn("inspector", "demo2026").get(query);
        var otherMine = new PageClient(port).signIn("mine2", "demo2026").get(query);

        assertThat(inspector.statusCode()).isEqualTo(200);
        assertThat(inspector.body()).contains("<option", "宏岩露天煤矿");
        assertThat(otherMine.body()).doesNotContain("宏岩");
    }

    @ParameterizedTest
    @CsvSource({"mine1, mine2", "xwinspector, mine1"})
    void anEnterpriseOutsideTheScopeIsNotFoundOnItsPageEither(String reader, String owner) {
        long id = Api.at(port)
                .as(owner)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();

        var response = new PageClient(port).signIn(reader, "demo2026").get("/org/enterprises/" + id);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("id=\"error-message\"");
    }

    @ParameterizedTest
    @CsvSource({"mine1", "chem1"})
    void anEnterpriseUserCannotRegisterEnterprisesFromThePageForm(String user) {
        var form = "name=x&creditCode=" + CreditCodes.fresh("152921")
                + "&regionCode=152921&address=x&sectors=COAL_MINE&version=0";

        var response = new PageClient(port).signIn(user, "demo2026").submit("/", "/org/enterprises", form);

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
