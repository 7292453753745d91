package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A provincial campaign for mines through the API: the province's mine-safety bureau
 * launches it, it cascades to every region of the province; the league and the banner take it on and file their
 * plans through their own offices; phases are entered in order; a county reads only its subtree, another province
 * and an enterprise read nothing, and nobody acts for a region not theirs.
 */
@IntegrationTest
class CampaignIT {

    @LocalServerPort
    int port;

    private long launch(LocalDate today) {
        var launched = Api.at(port).as("provduty").post("/api/v1/campaigns", """
                {"kind":"SPECIAL_RECTIFICATION","title":"矿山重大事故隐患专项整治%d",
                 "sectors":["COAL_MINE","NON_COAL_MINE"],"planDue":"%s",
                 "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"},{"kind":"SELF_CHECK","from":"%s","to":"%s"},
                           {"kind":"ENFORCEMENT","from":"%s","to":"%s"},{"kind":"SUMMARY","from":"%s","to":"%s"}]}""".formatted(
                        System.nanoTime() % 100000,
                        today.plusDays(10),
                        today,
                        today.plusDays(10),
                        today.plusDays(11),
                        today.plusDays(60),
                        today.plusDays(61),
                        today.plusDays(120),
                        today.plusDays(121),
                        today.plusDays(150)));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        return launched.json().get("campaign").get("id").asLong();
    }

    private static JsonNode unit(JsonNode view, String region) {
        return view.get("units")
                .valueStream()
                .filter(u -> u.get("regionCode").asString().equals(region))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + region + " in " + view));
    }

    @Test
    void theLeagueAndTheBannerTakeTheProvincesCampaignOnAndFileTheirPlansThroughTheirOwnOffices() {
        var today = new Overdue(port).today();
        long id = launch(today);
        var province =
                Api.at(port).as("provduty").get("/api/v1/campaigns/" + id).json();
        assertThat(unit(province, "150000").get("status").asString()).isEqualTo("PLAN_FILED");
        assertThat(unit(province, "152900").get("status").asString()).isEqualTo("INVITED");
        assertThat(unit(province, "152921").get("status").asString()).isEqualTo("INVITED");

        for (var step : new String[][] {{"leagueduty", "152900"}, {"inspector", "152921"}}) {
            var taken = Api.at(port).as(step[0]).post("/api/v1/campaigns/" + id + "/units/" + step[1] + "/take-on", "");
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            int version = unit(taken.json(), step[1]).get("version").asInt();
            var filed = Api.at(port)
                    .as(step[0])
                    .post("/api/v1/campaigns/" + id + "/units/" + step[1] + "/plan", """
                    {"version":%d,"plan":"全面排查露天煤矿边坡和危化品储罐区，一月内完成企业自查"}""".formatted(version));
            assertThat(filed.status()).as(filed.body()).isEqualTo(200);
            var mine = unit(filed.json(), step[1]);
            assertThat(mine.get("status").asString()).isEqualTo("PLAN_FILED");
            assertThat(mine.get("planLate").asBoolean()).isFalse();
            assertThat(mine.get("planFiledOn").asString()).isEqualTo(today.toString());
        }

        // phases in order: mobilisation now; enforcement is not next
        var banner =
                unit(Api.at(port).as("inspector").get("/api/v1/campaigns/" + id).json(), "152921");
        var entered = Api.at(port)
                .as("inspector")
                .post("/api/v1/campaigns/" + id + "/units/152921/phase", """
                {"version":%d,"phase":"MOBILISATION"}""".formatted(
                                banner.get("version").asInt()));
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(unit(entered.json(), "152921").get("phase").asString()).isEqualTo("MOBILISATION");
        var skipped = Api.at(port)
                .as("inspector")
                .post("/api/v1/campaigns/" + id + "/units/152921/phase", """
                {"version":%d,"phase":"ENFORCEMENT"}""".formatted(
                                unit(entered.json(), "152921").get("version").asInt()));
        assertThat(skipped.status()).isEqualTo(409);

        var progress = Api.at(port).as("provduty").get("/api/v1/campaigns/" + id + "/progress?regionCode=152900");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json()
                        .get("regions")
                        .valueStream()
                        .map(r -> r.get("regionCode").asString()))
                .contains("152900", "152921")
                .doesNotContain("150000");
    }

    @Test
    void aCountyReadsOnlyItsSubtreeAndNobodyActsForARegionNotTheirs() {
        var today = new Overdue(port).today();
        long id = launch(today);
        var banner = Api.at(port).as("inspector").get("/api/v1/campaigns/" + id);
        assertThat(banner.status()).isEqualTo(200);
        assertThat(banner.json()
                        .get("units")
                        .valueStream()
                        .map(u -> u.get("regionCode").asString()))
                .allMatch(code -> code.startsWith("152921"));

        assertThat(Api.at(port).as("xwinspector").get("/api/v1/campaigns/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("mine1").get("/api/v1/campaigns/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/campaigns")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/campaigns/" + id + "/units/152900/take-on", "")
                        .status())
                .as("the banner's bureau does not act for the league")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leader")
                        .post("/api/v1/campaigns/" + id + "/units/152921/take-on", "")
                        .status())
                .as("a leader is not the office")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/campaigns", """
                        {"kind":"SPECIAL_RECTIFICATION","title":"x","regionCode":"150000","sectors":["COAL_MINE"],
                         "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"}]}""".formatted(today, today))
                        .status())
                .as("the banner's bureau does not launch for the province")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/campaigns", """
                        {"kind":"SPECIAL_RECTIFICATION","title":"x","sectors":["COAL_MINE"],
                         "phases":[{"kind":"SELF_CHECK","from":"%s","to":"%s"}]}""".formatted(today, today))
                        .status())
                .as("phases start with mobilisation")
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/campaigns", """
                        {"kind":"SPECIAL_RECTIFICATION","title":"x","sectors":["COAL_MINE","HAZARDOUS_CHEMICALS"],
                         "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"}]}""".formatted(today, today))
                        .status())
                .as("the mine-safety bureau launches for its own sectors only")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/campaigns", """
                        {"kind":"SPECIAL_RECTIFICATION","title":"x","sectors":["COAL_MINE"],
                         "phases":[{"kind":"SELF_CHECK","from":"%s","to":"%s"}]}""".formatted(today, today))
                        .status())
                .as("a campaign of one bad phase")
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("provduty")
                        .post("/api/v1/campaigns", """
                        {"kind":"SPECIAL_RECTIFICATION","title":"x","sectors":["COAL_MINE"],
                         "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"}]}""".formatted(today.minusDays(1), today))
                        .status())
                .as("a campaign starts today or later")
                .isEqualTo(400);

        // a campaign of one phase: once mobilised, there is no next phase to offer
        var short_ = Api.at(port).as("provduty").post("/api/v1/campaigns", """
                {"kind":"FLOOD_SEASON","title":"汛前三防检查%d","sectors":["COAL_MINE"],
                 "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"}]}""".formatted(
                        System.nanoTime() % 100000, today, today.plusDays(5)));
        assertThat(short_.status()).as(short_.body()).isEqualTo(201);
        long one = short_.json().get("campaign").get("id").asLong();
        var province = unit(short_.json(), "150000");
        var mobilised = Api.at(port)
                .as("provduty")
                .post("/api/v1/campaigns/" + one + "/units/150000/phase", """
                {"version":%d,"phase":"MOBILISATION"}""".formatted(
                                province.get("version").asInt()));
        assertThat(mobilised.status()).as(mobilised.body()).isEqualTo(200);
        assertThat(unit(mobilised.json(), "150000").get("nextPhase").isNull()).isTrue();
    }
}
