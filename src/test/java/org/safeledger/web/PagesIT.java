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
    void theHomePageCountsTheRectificationsTheEnterpriseStillOwes() {
        // the demo's chemical plant owes one rectification (its gas detectors); its staff see the count and its link
        var home = new PageClient(port).signIn("chem1", "demo2026").get("/").body();

        assertThat(home).contains("/hazards?status=REPORTED,RECTIFYING&amp;sort=DEADLINE_ASC");
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
