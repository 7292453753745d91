package org.safeledger.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Checklists and self-inspection through the API: templates from clause numbers and custom items, tri-state
 * results (an unanswered item is never "all clear"), a non-compliant clause item becoming a major hazard in one
 * step, schedules with their missed periods, and scope throughout.
 */
@IntegrationTest
class SelfInspectionIT {

    @LocalServerPort
    int port;

    private long enterpriseOf(String user) {
        return Api.at(port)
                .as(user)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
    }

    private JsonNode checklist(String user, String body) {
        var created = Api.at(port).as(user).post("/api/v1/checklists", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode openPitChecklist() {
        return checklist("mine1", """
                {"name":"边坡周检","sector":"COAL_MINE","standardCode":"COAL_MINE_MAJOR","clauseNumbers":"18.10",
                 "customItems":["排水沟畅通","挡车墙高度足够"]}""");
    }

    private JsonNode start(String user, long templateId, long enterpriseId) {
        var run = Api.at(port).as(user).post("/api/v1/inspections", """
                {"templateId":%d,"enterpriseId":%d,"place":"北帮"}""".formatted(templateId, enterpriseId));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        return run.json();
    }

    private long item(JsonNode run, int position) {
        return run.get("results").get(position - 1).get("item").get("id").asLong();
    }

    private Api.Response answer(String user, JsonNode run, String results) {
        return Api.at(port)
                .as(user)
                .put(
                        "/api/v1/inspections/" + run.get("id").asLong() + "/results",
                        "{\"version\":%d,\"results\":%s}"
                                .formatted(run.get("version").asInt(), results));
    }

    private Api.Response complete(String user, JsonNode run) {
        return Api.at(port)
                .as(user)
                .post(
                        "/api/v1/inspections/" + run.get("id").asLong() + "/complete",
                        "{\"version\":%d}".formatted(run.get("version").asInt()));
    }

    @Test
    void aChecklistIsBuiltFromClauseNumbersAnAspectAndCustomItems() {
        var template = checklist("mine1", """
                {"name":"露天煤矿重大隐患全表","sector":"COAL_MINE","standardCode":"COAL_MINE_MAJOR",
                 "clauseNumbers":"18.10，3.15","customItems":["","自定义：班前会记录"]}""");
        var items = template.get("items");
        // 18.10 first, then the rest of aspect 3.15's eleven items (18.10 not twice), then the custom line
        assertThat(items).hasSize(12);
        assertThat(items.get(0).get("clauseLabel").asString()).isEqualTo("COAL_MINE_MAJOR MEM-4-2020 18.10");
        assertThat(items.get(0).get("text").asString()).startsWith("（十）露天煤矿边坡角大于设计最大值");
        assertThat(items.get(0).get("major").asBoolean()).isTrue();
        assertThat(items.get(11).get("major").asBoolean()).isFalse();
        assertThat(template.get("enterpriseId").asLong()).isEqualTo(enterpriseOf("mine1"));

        var unknown = Api.at(port).as("mine1").post("/api/v1/checklists", """
                {"name":"x","sector":"COAL_MINE","standardCode":"COAL_MINE_MAJOR","clauseNumbers":"18.99"}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"clauseNumbers\"").contains("18.99");
        var empty = Api.at(port).as("mine1").post("/api/v1/checklists", """
                {"name":"x","sector":"COAL_MINE"}""");
        assertThat(empty.status()).isEqualTo(400);
        var wrongSector = Api.at(port).as("mine1").post("/api/v1/checklists", """
                {"name":"x","sector":"HAZARDOUS_CHEMICALS","customItems":["a"]}""");
        assertThat(wrongSector.status()).isEqualTo(400);
        assertThat(wrongSector.body()).contains("\"field\":\"sector\"");
        assertThat(Api.at(port).as("chem1").post("/api/v1/checklists", """
                        {"name":"x","sector":"HAZARDOUS_CHEMICALS","customItems":["a"]}""").status())
                .isEqualTo(403);

        // the other mine neither sees, runs nor schedules it
        long id = template.get("id").asLong();
        var scheduled =
                Api.at(port).as("mine2").post("/api/v1/inspection-schedules", """
                {"enterpriseId":%d,"templateId":%d,"frequency":"DAILY"}""".formatted(enterpriseOf("mine2"), id));
        assertThat(scheduled.status()).isEqualTo(400);
        assertThat(scheduled.body()).contains("\"field\":\"templateId\"");
        assertThat(Api.at(port).as("mine2").get("/api/v1/checklists/" + id).status())
                .isEqualTo(404);
        var foreign = Api.at(port).as("mine2").post("/api/v1/inspections", """
                {"templateId":%d,"enterpriseId":%d}""".formatted(id, enterpriseOf("mine2")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("templateId");
    }

    @Test
    void aRegulatorsChecklistServesTheEnterprisesOfItsRegionOnly() {
        var regional = checklist("inspector", """
                {"name":"旗应急局露天矿检查表","sector":"COAL_MINE","customItems":["边坡监测"]}""");
        assertThat(regional.get("enterpriseId").isNull()).isTrue();
        long id = regional.get("id").asLong();
        assertThat(Api.at(port).as("mine2").get("/api/v1/checklists/" + id).status())
                .isEqualTo(200);
        start("mine2", id, enterpriseOf("mine2"));
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/checklists/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUnansweredItemIsNeverAllClear() {
        long mine1 = enterpriseOf("mine1");
        var template = openPitChecklist();
        var run = start("mine1", template.get("id").asLong(), mine1);
        assertThat(run.get("results").findValuesAsString("outcome")).containsOnly("NOT_CHECKED");
        var partly = answer("mine1", run, """
                [{"itemId":%d,"outcome":"COMPLIANT"},{"itemId":%d,"applicable":false}]""".formatted(item(run, 1), item(run, 2)));
        assertThat(partly.status()).as(partly.body()).isEqualTo(200);
        var done = complete("mine1", partly.json());
        assertThat(done.json().get("outcome").asString()).isEqualTo("INCOMPLETE");
        assertThat(done.json().get("counts").get("NOT_CHECKED").asInt()).isEqualTo(1);
        assertThat(done.json().get("counts").get("NOT_APPLICABLE").asInt()).isEqualTo(1);
        // completed: answers are final
        assertThat(answer("mine1", done.json(), "[{\"itemId\":%d,\"outcome\":\"COMPLIANT\"}]".formatted(item(run, 3)))
                        .status())
                .isEqualTo(409);

        var second = start("mine1", template.get("id").asLong(), mine1);
        var all = answer("mine1", second, """
                [{"itemId":%d,"outcome":"COMPLIANT"},{"itemId":%d,"outcome":"COMPLIANT"},{"itemId":%d,"outcome":"COMPLIANT"}]""".formatted(item(second, 1), item(second, 2), item(second, 3)));
        assertThat(complete("mine1", all.json()).json().get("outcome").asString())
                .isEqualTo("ALL_COMPLIANT");
    }

    @Test
    void aPartialSaveKeepsWhatItLeavesOut() {
        var run = start("mine1", openPitChecklist().get("id").asLong(), enterpriseOf("mine1"));
        var first = answer("mine1", run, """
                [{"itemId":%d,"outcome":"NON_COMPLIANT","note":"边坡裂缝"}]""".formatted(item(run, 1)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        // a later save of only another item, and of only a photo-less entry for the first, changes nothing of it
        var second = answer("mine1", first.json(), """
                [{"itemId":%d},{"itemId":%d,"outcome":"COMPLIANT"}]""".formatted(item(run, 1), item(run, 2)));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        var kept = second.json().get("results").get(0);
        assertThat(kept.get("outcome").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(kept.get("note").asString()).isEqualTo("边坡裂缝");
        assertThat(second.json().get("results").get(1).get("outcome").asString())
                .isEqualTo("COMPLIANT");
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndNothingIsSaved() {
        var run = start("mine1", openPitChecklist().get("id").asLong(), enterpriseOf("mine1"));
        var noNote = answer("mine1", run, """
                [{"itemId":%d,"outcome":"COMPLIANT"},{"itemId":%d,"outcome":"NON_COMPLIANT"}]""".formatted(item(run, 1), item(run, 2)));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("\"field\":\"results[1].note\"");
        var badOutcome = answer("mine1", run, "[{\"itemId\":%d,\"outcome\":\"MAYBE\"}]".formatted(item(run, 1)));
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.body()).contains("results[0].outcome");
        var foreignItem = answer("mine1", run, "[{\"itemId\":999999999,\"outcome\":\"COMPLIANT\"}]");
        assertThat(foreignItem.status()).isEqualTo(400);
        var after = Api.at(port)
                .as("mine1")
                .get("/api/v1/inspections/" + run.get("id").asLong())
                .json();
        assertThat(after.get("results").findValuesAsString("outcome")).containsOnly("NOT_CHECKED");
        assertThat(after.get("version").asInt()).isEqualTo(run.get("version").asInt());

        assertThat(answer("mine1", run, "[{\"itemId\":%d,\"outcome\":\"COMPLIANT\"}]".formatted(item(run, 1)))
                        .status())
                .isEqualTo(200);
        // the same version again: someone saved in between
        assertThat(answer("mine1", run, "[{\"itemId\":%d,\"outcome\":\"COMPLIANT\"}]".formatted(item(run, 2)))
                        .status())
                .isEqualTo(409);
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/inspections/" + run.get("id").asLong())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aNonCompliantClauseItemBecomesAMajorHazardInOneStepAndOnlyOnce() {
        var run = start("mine1", openPitChecklist().get("id").asLong(), enterpriseOf("mine1"));
        long slope = item(run, 1);
        long drain = item(run, 2);
        var answered = answer("mine1", run, """
                [{"itemId":%d,"outcome":"NON_COMPLIANT","note":"北帮边坡角实测47°，设计最大42°"},
                 {"itemId":%d,"outcome":"NON_COMPLIANT","note":"排水沟淤堵20米"},
                 {"itemId":%d,"outcome":"COMPLIANT"}]""".formatted(slope, drain, item(run, 3)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        long runId = run.get("id").asLong();

        assertThat(Api.at(port)
                        .as("mine2")
                        .post("/api/v1/inspections/" + runId + "/items/" + slope + "/hazard", "")
                        .status())
                .isEqualTo(404);
        var major = Api.at(port).as("mine1").post("/api/v1/inspections/" + runId + "/items/" + slope + "/hazard", "");
        assertThat(major.status()).as(major.body()).isEqualTo(201);
        long hazardId = major.json().get("hazardId").asLong();
        var hazard =
                Api.at(port).as("inspector").get("/api/v1/hazards/" + hazardId).json();
        assertThat(hazard.get("grade").asString()).isEqualTo("MAJOR");
        assertThat(hazard.get("source").asString()).isEqualTo("SELF_INSPECTION");
        assertThat(hazard.get("title").asString()).isEqualTo("北帮边坡角实测47°，设计最大42°");
        assertThat(hazard.get("location").asString()).isEqualTo("北帮");
        assertThat(hazard.get("citations").get(0).get("number").asString()).isEqualTo("18.10");

        var again = Api.at(port).as("mine1").post("/api/v1/inspections/" + runId + "/items/" + slope + "/hazard", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains(Long.toString(hazardId));
        var general = Api.at(port).as("mine1").post("/api/v1/inspections/" + runId + "/items/" + drain + "/hazard", "");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/hazards/" + general.json().get("hazardId").asLong())
                        .json()
                        .get("grade")
                        .asString())
                .isEqualTo("GENERAL");
        var compliant = Api.at(port)
                .as("mine1")
                .post("/api/v1/inspections/" + runId + "/items/" + item(run, 3) + "/hazard", "");
        assertThat(compliant.status()).isEqualTo(409);
        var linked =
                Api.at(port).as("mine1").get("/api/v1/inspections/" + runId).json();
        assertThat(linked.get("results").get(0).get("hazardId").asLong()).isEqualTo(hazardId);
    }

    @Test
    void aWeeklySelfInspectionShowsTheWeeksMissedToThePrincipalAndTheInspector() {
        long mine1 = enterpriseOf("mine1");
        var template = checklist("mine1", """
                {"name":"周检（漏查测试）","sector":"COAL_MINE","customItems":["边坡巡视"]}""");
        var monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusWeeks(3);
        var created = Api.at(port).as("mine1").post("/api/v1/inspection-schedules", """
                {"enterpriseId":%d,"templateId":%d,"frequency":"WEEKLY","startsOn":"%s"}""".formatted(
                        mine1, template.get("id").asLong(), monday));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("missed").asInt()).isEqualTo(3);
        assertThat(created.json().get("currentDone").asBoolean()).isFalse();
        assertThat(created.json().get("periods")).hasSize(4);

        var run = start("mine1", template.get("id").asLong(), mine1);
        var answered = answer("mine1", run, "[{\"itemId\":%d,\"outcome\":\"COMPLIANT\"}]".formatted(item(run, 1)));
        complete("mine1", answered.json());

        long scheduleId = created.json().get("id").asLong();
        var seenByInspector = find(
                Api.at(port).as("inspector").get("/api/v1/inspection-schedules").json(), scheduleId);
        assertThat(seenByInspector.get("missed").asInt()).isEqualTo(3);
        assertThat(seenByInspector.get("currentDone").asBoolean()).isTrue();
        assertThat(find(
                        Api.at(port)
                                .as("mine2")
                                .get("/api/v1/inspection-schedules")
                                .json(),
                        scheduleId))
                .isNull();

        var bad = Api.at(port).as("mine1").post("/api/v1/inspection-schedules", """
                {"enterpriseId":%d,"templateId":%d,"frequency":"HOURLY"}""".formatted(
                        mine1, template.get("id").asLong()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"frequency\"");
        assertThat(Api.at(port)
                        .as("chem1")
                        .post("/api/v1/inspection-schedules", """
                        {"enterpriseId":%d,"templateId":%d,"frequency":"DAILY"}""".formatted(
                                enterpriseOf("chem1"), template.get("id").asLong()))
                        .status())
                .isEqualTo(403);
    }

    private static JsonNode find(JsonNode list, long id) {
        for (var s : list) {
            if (s.get("id").asLong() == id) {
                return s;
            }
        }
        return null;
    }
}
