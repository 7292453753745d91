package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 挂牌督办: a department lists a hazard with itself as the supervising unit; only that unit verifies it; a failed
 * verification keeps it on the books until the responsible unit explains in writing.
 */
@IntegrationTest
class ListedSupervisionIT {

    @LocalServerPort
    int port;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private long department(String user, String name) {
        for (var d : Api.at(port).as(user).get("/api/v1/departments").json()) {
            if (d.get("name").asString().equals(name)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no department " + name);
    }

    private Api.Response act(String user, long id, String action, String body) {
        return Api.at(port).as(user).post("/api/v1/hazards/" + id + "/actions/" + action, body);
    }

    private JsonNode hazard(long id) {
        return Api.at(port).as("admin").get("/api/v1/hazards/" + id).json();
    }

    private int version(long id) {
        return hazard(id).get("version").asInt();
    }

    private String listing(long department, String extra) {
        return """
                {"version":%d,"supervisingDepartmentId":%d,"noticeNo":"阿左应急督〔2026〕7号","deadline":"%s"%s}""".formatted(0, department, TODAY.plusDays(30), extra);
    }

    private Api.Response list(String user, long id, long department, String extra) {
        return act(user, id, "list", listing(department, extra).replace("\"version\":0", "\"version\":" + version(id)));
    }

    private List<String> timeline(long id) {
        var types = new ArrayList<String>();
        Api.at(port)
                .as("admin")
                .get("/api/v1/hazards/" + id + "/events")
                .json()
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    @Test
    void theSupervisingUnitVerifiesAndAFailedVerificationKeepsItOnTheBooksUntilExplained() {
        long id = new Overdue(port).hazardDueTomorrow("mine1", "采场边坡角超设计");
        long bureau = department("inspector", "阿拉善左旗应急管理局");

        var listed = list("inspector", id, bureau, "");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        var listing = listed.json().get("listing");
        assertThat(listing.get("level").asString()).isEqualTo("COUNTY");
        assertThat(listing.get("departmentName").asString()).isEqualTo("阿拉善左旗应急管理局");
        assertThat(listing.get("noticeNo").asString()).isEqualTo("阿左应急督〔2026〕7号");
        assertThat(listed.json().get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(new Overdue(port)
                        .notifications("mine1", id)
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("HAZARD_LISTED");
        assertThat(new Overdue(port).notifications("depthead", id)).isNotEmpty();
        // listed once; the listed ledger shows it
        assertThat(list("inspector", id, bureau, "").status()).isEqualTo(409);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/hazards?listed=true&size=500")
                        .body())
                .contains("\"id\":" + id + ",");
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/hazards?listed=false&size=500")
                        .body())
                .doesNotContain("\"id\":" + id + ",");

        // the enterprise rectifies; its principal may not close a listed hazard
        var submitted = act("mine1", id, "submit", "{\"version\":" + version(id) + ",\"evidence\":\"削坡减载完成\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(act("mine1", id, "accept", "{\"version\":" + version(id) + ",\"opinion\":\"自验合格\"}")
                        .status())
                .isEqualTo(403);

        // the supervising unit's verification fails: kept on the books, an explanation is owed before resubmitting
        var rejected = act("depthead", id, "reject", "{\"version\":" + version(id) + ",\"reason\":\"坡角仍超设计\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("explanationDue").asBoolean()).isTrue();
        assertThat(rejected.json().get("listing").isNull()).isFalse();
        var early = act("mine1", id, "submit", "{\"version\":" + version(id) + ",\"evidence\":\"再次整改\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("explanation");
        var noText = act("mine1", id, "explain", "{\"version\":" + version(id) + ",\"explanation\":\" \"}");
        assertThat(noText.status()).isEqualTo(400);
        var explained = act("mine1", id, "explain", """
                {"version":%d,"explanation":"外委单位设备故障，已更换单位，十日内完成"}""".formatted(version(id)));
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        assertThat(explained.json().get("explanationDue").asBoolean()).isFalse();
        assertThat(act("mine1", id, "explain", "{\"version\":" + version(id) + ",\"explanation\":\"again\"}")
                        .status())
                .isEqualTo(409);
        assertThat(act("mine1", id, "submit", "{\"version\":" + version(id) + ",\"evidence\":\"削坡到位\"}")
                        .status())
                .isEqualTo(200);
        var closed = act("inspector", id, "accept", "{\"version\":" + version(id) + ",\"opinion\":\"现场核查合格，同意销号\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(timeline(id))
                .containsExactly(
                        "REPORTED",
                        "ASSIGNED",
                        "LISTED",
                        "SUBMITTED",
                        "REJECTED",
                        "EXPLAINED",
                        "SUBMITTED",
                        "ACCEPTED");
    }

    @Test
    void aHazardListedAtCityLevelIsVerifiedByTheCitysUnitNotTheCountys() {
        long id = new Overdue(port).hazardDueTomorrow("mine2", "排土场超高堆放");
        long league = department("admin", "阿拉善盟应急管理局");
        var listed = list("admin", id, league, ",\"level\":\"CITY\"");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("listing").get("level").asString()).isEqualTo("CITY");
        act("mine2", id, "submit", "{\"version\":" + version(id) + ",\"evidence\":\"已降段\"}");
        var county = act("inspector", id, "accept", "{\"version\":" + version(id) + ",\"opinion\":\"同意\"}");
        assertThat(county.status()).isEqualTo(403);
        assertThat(county.body()).contains("阿拉善盟应急管理局");
        assertThat(hazard(id).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void listingIsRefusedOutsideRoleScopeRegionAndWithBadInput() {
        long id = new Overdue(port).hazardDueTomorrow("mine1", "皮带机防护罩缺失");
        long bureau = department("inspector", "阿拉善左旗应急管理局");
        // enterprises do not list; the other county's inspector does not even see the hazard
        assertThat(list("mine1", id, bureau, "").status()).isEqualTo(403);
        assertThat(act("xwinspector", id, "list", listing(bureau, "")).status()).isEqualTo(404);
        // a department outside the inspector's region, a wrong level, a past deadline, no department
        long xuwen = department("admin", "徐闻县应急管理局");
        var foreign = list("inspector", id, xuwen, "");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("supervisingDepartmentId");
        var outside = list("admin", id, xuwen, "");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("supervisingDepartmentId");
        // another department of the county: a department lists with itself as the supervising unit
        var energy = list("inspector", id, department("inspector", "阿拉善左旗能源局"), "");
        assertThat(energy.status()).isEqualTo(400);
        assertThat(energy.body()).contains("supervisingDepartmentId");
        // a leader names the department, but it must supervise the hazard's sector
        var transport = list("leader", id, department("leader", "阿拉善左旗交通运输局"), "");
        assertThat(transport.status()).isEqualTo(400);
        assertThat(transport.body()).contains("supervisingDepartmentId");
        var level = list("inspector", id, bureau, ",\"level\":\"PROVINCE\"");
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body()).contains("level");
        var past = act(
                "inspector",
                id,
                "list",
                listing(bureau, "")
                        .replace("\"version\":0", "\"version\":" + version(id))
                        .replace(
                                TODAY.plusDays(30).toString(),
                                TODAY.minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("deadline");
        var none = act(
                "inspector",
                id,
                "list",
                "{\"version\":" + version(id) + ",\"deadline\":\"" + TODAY.plusDays(9) + "\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("supervisingDepartmentId");
        // nothing of it stuck
        assertThat(hazard(id).get("listing").isNull()).isTrue();
        assertThat(timeline(id)).doesNotContain("LISTED");
    }
}
