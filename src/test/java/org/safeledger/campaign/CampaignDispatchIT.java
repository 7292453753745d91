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
 * Dispatch reports through the API: the league's office reports its week with its figures attached, once; the
 * province reports to no one, a region that has not taken the campaign on reports nothing, nobody reports for a
 * region not theirs; a week later the banner that never reported is shown late, and the reports are read by
 * subtree.
 */
@IntegrationTest
class CampaignDispatchIT {

    @LocalServerPort
    int port;

    private static JsonNode unit(JsonNode view, String region) {
        return view.get("units")
                .valueStream()
                .filter(u -> u.get("regionCode").asString().equals(region))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + region + " in " + view));
    }

    private Api.Response dispatch(String user, long id, String region) {
        return Api.at(port).as(user).post("/api/v1/campaigns/" + id + "/units/" + region + "/dispatch", """
                {"report":"本周完成露天煤矿边坡自查2家，督促整改隐患1项"}""");
    }

    @Test
    void eachRegionBelowReportsItsWeekOnceWithItsFiguresAndAWeekMissedIsShownLate() {
        var clock = new Overdue(port);
        LocalDate today = clock.today();
        var launched = Api.at(port).as("provduty").post("/api/v1/campaigns", """
                {"kind":"SPECIAL_RECTIFICATION","title":"调度测试%d","sectors":["COAL_MINE"],
                 "phases":[{"kind":"MOBILISATION","from":"%s","to":"%s"},{"kind":"SELF_CHECK","from":"%s","to":"%s"}]}""".formatted(
                        System.nanoTime() % 100000, today, today.plusDays(6), today.plusDays(7), today.plusDays(40)));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        long id = launched.json().get("campaign").get("id").asLong();

        assertThat(dispatch("leagueduty", id, "152900").status())
                .as("not before the league takes the campaign on")
                .isEqualTo(409);
        var taken = Api.at(port).as("leagueduty").post("/api/v1/campaigns/" + id + "/units/152900/take-on", "");
        assertThat(unit(taken.json(), "152900").get("mayDispatch").asBoolean()).isTrue();
        var filed = dispatch("leagueduty", id, "152900");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("periodFrom").asString()).isEqualTo(today.toString());
        assertThat(filed.json().get("due").asString())
                .isEqualTo(today.plusDays(6).toString());
        assertThat(filed.json().get("figures").has("found")).isTrue();
        assertThat(filed.json().get("figures").get("enterprises").asLong()).isPositive();
        assertThat(dispatch("leagueduty", id, "152900").status())
                .as("once a period")
                .isEqualTo(409);
        assertThat(dispatch("provduty", id, "150000").status())
                .as("the province reports to no one")
                .isEqualTo(409);
        assertThat(dispatch("inspector", id, "152900").status())
                .as("not for the league")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leagueduty")
                        .post("/api/v1/campaigns/" + id + "/units/152900/dispatch", "{\"report\":\"\"}")
                        .status())
                .isEqualTo(400);

        var league = unit(
                Api.at(port).as("leagueduty").get("/api/v1/campaigns/" + id).json(), "152900");
        assertThat(league.get("lastDispatchOn").asString()).isEqualTo(today.toString());
        assertThat(league.get("mayDispatch").asBoolean()).isFalse();
        assertThat(Api.at(port)
                        .as("provduty")
                        .get("/api/v1/campaigns/" + id + "/dispatches")
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/campaigns/" + id + "/dispatches")
                        .json()
                        .get("items"))
                .as("the banner reads its own subtree's reports")
                .isEmpty();

        Api.at(port).as("inspector").post("/api/v1/campaigns/" + id + "/units/152921/take-on", "");
        try {
            clock.moveClock("P8D");
            var view =
                    Api.at(port).as("provduty").get("/api/v1/campaigns/" + id).json();
            assertThat(unit(view, "152921").get("dispatchesLate").asLong())
                    .as("the banner never reported its first week")
                    .isEqualTo(1);
            assertThat(unit(view, "152900").get("dispatchesLate").asLong()).isZero();
            assertThat(unit(view, "150000").get("dispatchesLate").asLong()).isZero();
            var second = dispatch("inspector", id, "152921");
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            assertThat(second.json().get("periodFrom").asString())
                    .isEqualTo(today.plusDays(7).toString());
        } finally {
            clock.moveClock("P0D");
        }
    }
}
