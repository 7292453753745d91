package org.safeledger.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The banner's matrix on the demo through the API: who is first responsible and who answers for coal mines, today
 * and on the day of the 2023 collapse; its maintenance by the banner's safety committee office; who may read it and
 * who may not.
 */
@IntegrationTest
class ResponsibilityMatrixIT {

    @LocalServerPort
    int port;

    private JsonNode matrix(String user, String query) {
        var read = Api.at(port).as(user).get("/api/v1/responsibility/152921" + query);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    private static String inCharge(JsonNode matrix, String sector) {
        for (var c : matrix.get("inCharge")) {
            if (c.get("sector").asString().equals(sector)) {
                return c.get("leaders").get(0).get("name").asString();
            }
        }
        return "nobody";
    }

    @Test
    void theBannersMatrixNamesItsFirstResponsibleLeadersAndWhoWasInChargeOfCoalMinesOnAnyDay() {
        var today = matrix("leader", "");
        assertThat(today.get("partySecretary").get("name").asString()).isEqualTo("其木格（虚构）");
        assertThat(today.get("governmentHead").get("name").asString()).isEqualTo("张文斌（虚构）");
        assertThat(inCharge(today, "COAL_MINE")).isEqualTo("王建国");
        assertThat(inCharge(today, "ROAD_TRAFFIC")).isEqualTo("刘建华（虚构）");
        assertThat(today.get("safetyLeader").get("userId").isNull())
                .as("王建国 has an account")
                .isFalse();
        assertThat(today.get("departments").toString()).contains("阿拉善左旗能源局");

        var collapse = matrix("leagueleader", "?asOf=2023-02-22");
        assertThat(inCharge(collapse, "COAL_MINE")).isEqualTo("李国华（虚构）");
        assertThat(collapse.get("governmentHead").get("name").asString()).isEqualTo("张文斌（虚构）");
        var before = matrix("leader", "?asOf=2022-12-31");
        assertThat(before.get("governmentHead").isNull())
                .as("the head took office in 2023")
                .isTrue();

        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/responsibility/152921?asOf=2023-02-30")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anEnterpriseAndAnotherCountyCannotReadTheMatrixWhileTheRegionsAboveAndBelowCan() {
        assertThat(Api.at(port).as("mine1").get("/api/v1/responsibility/152921").status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/responsibility/152921")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/responsibility/440825")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/responsibility/152900")
                        .status())
                .as("the league the banner answers to")
                .isEqualTo(200);
        assertThat(matrix("leagueduty", "").get("mayMaintain").asBoolean())
                .as("the league's office does not maintain the banner's matrix")
                .isFalse();
        assertThat(matrix("inspector", "").get("mayMaintain").asBoolean())
                .as("the banner's emergency bureau is its safety committee office")
                .isTrue();
    }

    @Test
    void theBannersSafetyCommitteeOfficeAddsAPostAppointsItsHolderAndKeepsTheHistory() {
        var office = Api.at(port).as("inspector");
        var created = office.post("/api/v1/responsibility/152921/posts", """
                {"role":"SECTOR_LEADER","title":"副旗长（分管住房城乡建设）%d","sectors":["BUILDING_CONSTRUCTION","SELF_BUILT_HOUSES"]}""".formatted(System.nanoTime() % 10000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long post = created.json().get("id").asLong();
        var refused = Api.at(port).as("leader").post("/api/v1/responsibility/152921/posts", """
                {"role":"SECTOR_LEADER","title":"x","sectors":["TOWN_GAS"]}""");
        assertThat(refused.status()).as("a leader is not the office").isEqualTo(403);
        var second = office.post("/api/v1/responsibility/152921/posts", """
                {"role":"PARTY_SECRETARY","title":"旗委书记"}""");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        var noSector = office.post("/api/v1/responsibility/152921/posts", """
                {"role":"SECTOR_LEADER","title":"无分管"}""");
        assertThat(noSector.status()).isEqualTo(400);

        long liu = personId("刘建华（虚构）");
        long wang = personId("王建国");
        var first = office.post("/api/v1/responsibility/posts/" + post + "/appoint", """
                {"version":0,"personId":%d,"from":"2025-01-01"}""".formatted(liu));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var rewrite = office.post("/api/v1/responsibility/posts/" + post + "/appoint", """
                {"version":1,"personId":%d,"from":"2024-06-01"}""".formatted(wang));
        assertThat(rewrite.status()).as("history is not rewritten").isEqualTo(400);
        var stale = office.post("/api/v1/responsibility/posts/" + post + "/appoint", """
                {"version":0,"personId":%d,"from":"2026-01-01"}""".formatted(wang));
        assertThat(stale.status()).isEqualTo(409);
        var next = office.post("/api/v1/responsibility/posts/" + post + "/appoint", """
                {"version":1,"personId":%d,"from":"2026-01-01"}""".formatted(wang));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("history").get(0).get("to").asString()).isEqualTo("2025-12-31");
        var enterprisePerson =
                office.post("/api/v1/responsibility/posts/" + post + "/appoint", """
                {"version":2,"personId":%d,"from":"2026-06-01"}""".formatted(personId("李志刚")));
        assertThat(enterprisePerson.status())
                .as("an enterprise's principal holds no post of the banner")
                .isEqualTo(400);

        assertThat(inCharge(matrix("leader", "?asOf=2025-06-01"), "BUILDING_CONSTRUCTION"))
                .isEqualTo("刘建华（虚构）");
        assertThat(inCharge(matrix("leader", ""), "BUILDING_CONSTRUCTION")).isEqualTo("王建国");
        var vacated = office.post("/api/v1/responsibility/posts/" + post + "/vacate", """
                {"version":2,"on":"2026-01-31"}""");
        assertThat(vacated.status()).as(vacated.body()).isEqualTo(200);
        assertThat(vacated.json().get("holder").isNull()).isTrue();
    }

    private long personId(String name) {
        for (var p : Api.at(port).as("admin").get("/api/v1/people").json()) {
            if (p.get("name").asString().equals(name)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no person " + name);
    }
}
