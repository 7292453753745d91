package org.safeledger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Double-random draws through the API: reproducible from the seed and the pool, verified by re-running, a changed
 * pool detected; teams of two from the department; an enforcement inspection carrying out a draw, published once
 * completed on the public page without sign-in; scope and roles.
 */
@IntegrationTest
class DrawIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private JsonNode draw(String body) {
        var drawn = Api.at(port).as("inspector").post("/api/v1/inspection-draws", body);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        return drawn.json();
    }

    @Test
    void theSameSeedOverTheSamePoolGivesTheSameDrawAndVerifies() {
        var first = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE","HAZARDOUS_CHEMICALS"],"count":2,"inspectorsPerTeam":2,"seed":20261122}""");
        var again = draw("""
                {"regionCode":"152921","sectors":["HAZARDOUS_CHEMICALS","COAL_MINE"],"count":2,"inspectorsPerTeam":2,"seed":20261122}""");
        assertThat(first.get("seed").asLong()).isEqualTo(20261122);
        assertThat(again.get("enterpriseIds")).isEqualTo(first.get("enterpriseIds"));
        assertThat(again.get("teams")).isEqualTo(first.get("teams"));
        assertThat(first.get("enterpriseIds")).hasSize(2);
        assertThat(first.get("pool").size()).isGreaterThanOrEqualTo(3); // two mines and the chemical plant
        for (var team : first.get("teams")) {
            assertThat(team.get("inspectorIds")).hasSize(2);
        }
        var verified = Api.at(port)
                .as("depthead")
                .get("/api/v1/inspection-draws/" + first.get("id").asLong() + "/verify")
                .json();
        assertThat(verified.get("reproducible").asBoolean()).isTrue();

        var random = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2}""");
        assertThat(random.get("seed").asLong()).isNotNegative();
    }

    private long register(String name) {
        var registered = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"%s","creditCode":"%s","regionCode":"152921",
                 "sector":"COAL_MINE","address":"阿拉善左旗巴彦浩特镇测试路2号"}""".formatted(
                        name, org.safeledger.support.CreditCodes.fresh("152921")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asLong();
    }

    private void classify(long enterprise, String supervisionClass) {
        var classed = Api.at(port)
                .as("inspector")
                .put(
                        "/api/v1/supervision-classes/" + enterprise,
                        "{\"supervisionClass\":\"%s\"}".formatted(supervisionClass));
        assertThat(classed.status()).as(classed.body()).isLessThan(300);
    }

    private JsonNode verify(JsonNode drawn) {
        return Api.at(port)
                .as("inspector")
                .get("/api/v1/inspection-draws/" + drawn.get("id").asLong() + "/verify")
                .json();
    }

    @Test
    void aChangedPoolIsDetectedByVerify() {
        long before = register("阿拉善左旗早立露天煤矿（测试）");
        var drawn = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2,"seed":7}""");
        assertThat(drawn.get("pool").toString()).contains(Long.toString(before));
        // a coal mine registered after the draw was not in the register then: the draw still verifies
        long after = register("阿拉善左旗新立露天煤矿（测试）");
        assertThat(verify(drawn).get("reproducible").asBoolean()).isTrue();
        assertThat(verify(drawn).get("addedToPool").toString()).doesNotContain(Long.toString(after));
        // the recorded pool altered (an enterprise of the register left out): detected and named
        jdbc.sql("UPDATE inspection_draw SET pool = array_remove(pool, ?) WHERE id = ?")
                .params(before, drawn.get("id").asLong())
                .update();
        var verified = verify(drawn);
        assertThat(verified.get("reproducible").asBoolean()).isFalse();
        assertThat(verified.get("poolMatches").asBoolean()).isFalse();
        assertThat(verified.get("addedToPool").get(0).asLong()).isEqualTo(before);
    }

    @Test
    void aDrawOfAClassVerifiesAfterTheClassesChange() {
        long key = register("阿拉善左旗重点露天煤矿（测试）");
        classify(key, "KEY");
        var drawn = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"supervisionClasses":["KEY"],"count":1,
                 "inspectorsPerTeam":2,"seed":5}""");
        assertThat(drawn.get("pool").toString()).contains(Long.toString(key));
        // reclassified since, and another mine made key since: the pool as of the draw is unchanged
        classify(key, "GENERAL");
        classify(register("阿拉善左旗后升重点露天煤矿（测试）"), "KEY");
        var verified = verify(drawn);
        assertThat(verified.get("removedFromPool")).as(verified.toString()).isEmpty();
        assertThat(verified.get("addedToPool")).as(verified.toString()).isEmpty();
        assertThat(verified.get("reproducible").asBoolean()).isTrue();
        // a draw now sees the classes as they are now
        var now = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"supervisionClasses":["KEY"],"count":1,
                 "inspectorsPerTeam":2,"seed":5}""");
        assertThat(now.get("pool").toString()).doesNotContain(Long.toString(key));
    }

    @Test
    void onlyTheDrawingDepartmentWithTheDrawnTeamCarriesOutADrawAndSectorDepartmentsSeeTheirOwn() {
        long energy = -1;
        for (var d : Api.at(port).as("admin").get("/api/v1/departments").json()) {
            if (d.get("name").asString().equals("阿拉善左旗能源局")) {
                energy = d.get("id").asLong();
            }
        }
        var username = "energy" + System.nanoTime();
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"能源局执法人员","password":"energy-inspector-1","roles":["INSPECTOR"],
                 "departmentId":%d}""".formatted(username, energy));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var energyInspector = Api.at(port).as(username, "energy-inspector-1");
        // a third inspector in the bureau, so that another pair than the drawn one exists
        long bureau = Api.at(port)
                .as("inspector")
                .get("/api/v1/me")
                .json()
                .get("departmentId")
                .asLong();
        var third = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"bureau%d","displayName":"第三名执法人员","password":"bureau-inspector-1","roles":["INSPECTOR"],
                 "departmentId":%d}""".formatted(System.nanoTime(), bureau));
        assertThat(third.status()).as(third.body()).isEqualTo(201);

        var coal = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2,"seed":13}""");
        var mixed = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE","HAZARDOUS_CHEMICALS"],"count":1,"inspectorsPerTeam":2,"seed":13}""");
        // the energy bureau supervises coal mines only: the chemicals part of a draw is not its to read
        assertThat(energyInspector
                        .get("/api/v1/inspection-draws/" + coal.get("id").asLong())
                        .status())
                .isEqualTo(200);
        assertThat(energyInspector
                        .get("/api/v1/inspection-draws/" + mixed.get("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(energyInspector.get("/api/v1/inspection-draws").body())
                .doesNotContain("\"id\":" + mixed.get("id").asLong() + ",");

        var checklist = Api.at(port).as("inspector").post("/api/v1/checklists", """
                {"name":"露天煤矿执法检查表（抽查队伍）","sector":"COAL_MINE","standardCode":"COAL_MINE_MAJOR",
                 "clauseNumbers":"18.10"}""");
        assertThat(checklist.status()).as(checklist.body()).isEqualTo(201);
        long enterprise = coal.get("enterpriseIds").get(0).asLong();
        var start = """
                {"templateId":%d,"enterpriseId":%d,"drawId":%d%s}""";
        long template = checklist.json().get("id").asLong();
        long drawId = coal.get("id").asLong();
        var byOthers = energyInspector.post(
                "/api/v1/inspections/enforcement", start.formatted(template, enterprise, drawId, ""));
        assertThat(byOthers.status()).as(byOthers.body()).isEqualTo(400);
        assertThat(byOthers.body()).contains("\"field\":\"drawId\"");
        // the bureau has more inspectors than the team: another pair is not the drawn one
        var roster = coal.get("roster");
        var drawnTeam = coal.get("teams").get(0).get("inspectorIds");
        var teamIds = new java.util.HashSet<Long>();
        drawnTeam.forEach(i -> teamIds.add(i.asLong()));
        var other = new java.util.ArrayList<Long>();
        roster.forEach(i -> {
            if (!teamIds.contains(i.asLong())) {
                other.add(i.asLong());
            }
        });
        assertThat(other).isNotEmpty();
        var swapped = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/inspections/enforcement",
                        start.formatted(
                                template,
                                enterprise,
                                drawId,
                                ",\"teamIds\":[%d,%d]"
                                        .formatted(drawnTeam.get(0).asLong(), other.get(0))));
        assertThat(swapped.status()).as(swapped.body()).isEqualTo(400);
        assertThat(swapped.body()).contains("\"field\":\"teamIds\"");
        var named = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/inspections/enforcement",
                        start.formatted(
                                template,
                                enterprise,
                                drawId,
                                ",\"teamIds\":[%d,%d]"
                                        .formatted(
                                                drawnTeam.get(1).asLong(),
                                                drawnTeam.get(0).asLong())));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(named.json().get("team")).isEqualTo(drawnTeam);
    }

    @Test
    void badDrawsAreRefusedNamingTheFieldAndOthersCannotDraw() {
        var tooMany = Api.at(port).as("inspector").post("/api/v1/inspection-draws", """
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":500,"inspectorsPerTeam":2}""");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"count\"");
        var alone = Api.at(port).as("inspector").post("/api/v1/inspection-draws", """
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":1}""");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body()).contains("\"field\":\"inspectorsPerTeam\"");
        var bigTeam = Api.at(port).as("inspector").post("/api/v1/inspection-draws", """
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":5}""");
        assertThat(bigTeam.status()).isEqualTo(400);
        var elsewhere = Api.at(port).as("inspector").post("/api/v1/inspection-draws", """
                {"regionCode":"440825","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2}""");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as("mine1")
                        .post("/api/v1/inspection-draws", """
                        {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2}""")
                        .status())
                .isEqualTo(403);
        var drawn = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2,"seed":3}""");
        // an enterprise never learns of a draw (an unannounced inspection) from the API
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/inspection-draws/" + drawn.get("id").asLong())
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/inspection-draws/" + drawn.get("id").asLong())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anInspectionCarriesOutTheDrawAndIsPublishedWhenCompleted() {
        var drawn = draw("""
                {"regionCode":"152921","sectors":["COAL_MINE"],"count":1,"inspectorsPerTeam":2,"seed":11}""");
        long enterprise = drawn.get("enterpriseIds").get(0).asLong();
        var checklist = Api.at(port).as("inspector").post("/api/v1/checklists", """
                {"name":"露天煤矿执法检查表（抽查）","sector":"COAL_MINE","standardCode":"COAL_MINE_MAJOR",
                 "clauseNumbers":"18.10","customItems":["安全管理人员配备"]}""");
        assertThat(checklist.status()).as(checklist.body()).isEqualTo(201);
        var started = Api.at(port).as("inspector").post("/api/v1/inspections/enforcement", """
                {"templateId":%d,"enterpriseId":%d,"drawId":%d,"mode":"UNANNOUNCED"}""".formatted(
                checklist.json().get("id").asLong(), enterprise, drawn.get("id").asLong()));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        var run = started.json();
        assertThat(run.get("kind").asString()).isEqualTo("ENFORCEMENT");
        assertThat(run.get("mode").asString()).isEqualTo("UNANNOUNCED");
        assertThat(run.get("team")).isEqualTo(drawn.get("teams").get(0).get("inspectorIds"));

        var measured = Api.at(port)
                .as("inspector")
                .put("/api/v1/inspections/" + run.get("id").asLong() + "/measures", """
                        {"version":%d,"measures":"责令北帮+1250平台停止作业，撤出人员"}""".formatted(
                                run.get("version").asInt()));
        assertThat(measured.status()).as(measured.body()).isEqualTo(200);
        var answered = Api.at(port)
                .as("inspector")
                .put("/api/v1/inspections/" + run.get("id").asLong() + "/results", """
                        {"version":%d,"results":[{"itemId":%d,"outcome":"NON_COMPLIANT","note":"边坡角超设计值"},
                         {"itemId":%d,"outcome":"COMPLIANT"}]}""".formatted(
                                measured.json().get("version").asInt(),
                                run.get("results").get(0).get("item").get("id").asLong(),
                                run.get("results").get(1).get("item").get("id").asLong()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        var hazard = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/inspections/" + run.get("id").asLong() + "/items/"
                                + run.get("results")
                                        .get(0)
                                        .get("item")
                                        .get("id")
                                        .asLong() + "/hazard",
                        "");
        var created = Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + hazard.json().get("hazardId").asLong())
                .json();
        assertThat(created.get("source").asString()).isEqualTo("ENFORCEMENT_INSPECTION");
        var latest = Api.at(port)
                .as("inspector")
                .get("/api/v1/inspections/" + run.get("id").asLong())
                .json();
        var done = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/inspections/" + run.get("id").asLong() + "/complete",
                        "{\"version\":%d}".formatted(latest.get("version").asInt()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        var published = Api.at(port).getAnything("/public/inspections");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).contains("阿拉善左旗应急管理局").contains("发现不符合项");

        var outsider = Api.at(port).as("inspector").post("/api/v1/inspections/enforcement", """
                {"templateId":%d,"enterpriseId":%d,"teamIds":[%d]}""".formatted(
                        checklist.json().get("id").asLong(),
                        enterprise,
                        drawn.get("teams").get(0).get("inspectorIds").get(0).asLong()));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.body()).contains("teamIds");
    }
}
