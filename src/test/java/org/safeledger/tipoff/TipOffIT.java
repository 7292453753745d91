package org.safeledger.tipoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The path on PostgreSQL: the public reports, without signing in, and follows the tip-off by its code; the
 * banner's inspector turns it into a hazard of the mine, or rejects another with a reason, and decides the reward;
 * the tracking shows each step and never the reporter, the photos or the officer. Who may triage is tested with it,
 * and the anonymous form's bounds: an oversized photo refused with nothing stored, a burst cut off at the limit.
 */
@IntegrationTest
class TipOffIT {

    private static final String CONTACT = "13912345678";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${safeledger.tipoff.per-client-per-hour}")
    int perHour;

    private static String address() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0x7F) + "." + ((random >> 8) & 0xFF) + "." + (((random >> 16) & 0xFD) + 1);
    }

    private static Map<String, String> fields(String place, String contact) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("regionCode", "152921");
        fields.put("sector", "COAL_MINE");
        fields.put("place", place);
        fields.put("description", "夜里有挖掘机在山沟里挖煤，天亮前把坑口盖住。");
        if (contact != null) {
            fields.put("contact", contact);
        }
        return fields;
    }

    private JsonNode find(String user, String place) {
        for (var t : Api.at(port).as(user).get("/api/v1/tip-offs").json().get("items")) {
            if (t.get("place").asString().equals(place)) {
                return t;
            }
        }
        throw new AssertionError("no tip-off at " + place + " for " + user);
    }

    private JsonNode act(String user, long id, String action, String fields, int status) {
        var version = Api.at(port)
                .as(user)
                .get("/api/v1/tip-offs/" + id)
                .json()
                .get("version")
                .asInt();
        var response = Api.at(port)
                .as(user)
                .post("/api/v1/tip-offs/" + id + "/actions/" + action, "{\"version\":" + version + fields + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    @Test
    void aTipOffFromThePublicPageBecomesAHazardAndItsCodeShowsTheNewStatusWithoutTheReporter() {
        var place = "北山沟" + UUID.randomUUID();
        var photo = Images.encode(Images.scene(System.nanoTime(), 640, 480), "jpg");
        var reporter = new PublicForm(port, address());
        var code = reporter.submitPage(fields(place, "张三 " + CONTACT), new PublicForm.Photo("pit.jpg", photo));

        var received = reporter.track(code);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.toString())
                .doesNotContain(CONTACT)
                .doesNotContain("contact")
                .doesNotContain("photo");
        assertThat(reporter.trackPage(code.toLowerCase()).body())
                .doesNotContain(CONTACT)
                .contains("待处理");

        var listed = find("inspector", place);
        long id = listed.get("id").asLong();
        assertThat(listed.get("contact").asString()).contains(CONTACT);
        assertThat(listed.get("photoIds")).hasSize(1);
        assertThat(listed.get("availableActions").toString())
                .contains("open-hazard", "order-inspection", "reject")
                .doesNotContain("reward");

        long mine = Api.at(port).as("mine1").enterpriseId();
        var opened = act("inspector", id, "open-hazard", ",\"enterpriseId\":" + mine, 200);
        assertThat(opened.get("status").asString()).isEqualTo("HAZARD_OPENED");
        long hazard = opened.get("hazardId").asLong();
        var inLedger = Api.at(port).as("mine1").get("/api/v1/hazards/" + hazard).json();
        assertThat(inLedger.get("source").asString()).isEqualTo("PUBLIC_REPORT");
        assertThat(inLedger.get("photoIds")).hasSize(1);

        var tracked = reporter.track(code);
        assertThat(tracked.get("status").asString()).isEqualTo("HAZARD_OPENED");
        assertThat(tracked.get("hazardStatus").asString()).isEqualTo("REPORTED");
        assertThat(tracked.toString()).doesNotContain(CONTACT).doesNotContain("巴特尔");
        // no field carries the tip-off's or the hazard's id (compared field by field: "26" is also in "2026")
        assertThat(tracked.valueStream().map(JsonNode::asString))
                .doesNotContain(String.valueOf(hazard), String.valueOf(id));
        assertThat(tracked.propertyNames()).doesNotContain("id", "hazardId", "contact");
        assertThat(reporter.trackPage(code).body())
                .contains("已登记")
                .doesNotContain(CONTACT)
                .doesNotContain("巴特尔");

        act("inspector", id, "reward", ",\"decision\":\"GRANTED\",\"amount\":500", 200);
        assertThat(reporter.track(code).get("rewardAmount").decimalValue()).isEqualByComparingTo("500");
        act("inspector", id, "reward", ",\"decision\":\"DECLINED\",\"reason\":\"again\"", 409);
        assertThat(auditActions("tipoff:" + id)).contains("tipoff.receive", "tipoff.openHazard", "tipoff.reward");
    }

    @Test
    void aRejectedTipOffShowsItsReasonAndIsNotRewarded() {
        var place = "采石场" + UUID.randomUUID();
        var reporter = new PublicForm(port, address());
        var sent = reporter.submitJson(fields(place, null));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var code = new Api.Response(201, sent.body(), "")
                .json()
                .get("trackingCode")
                .asString();

        long id = find("inspector", place).get("id").asLong();
        act("inspector", id, "reject", ",\"reason\":\"\"", 400);
        var rejected = act("inspector", id, "reject", ",\"reason\":\"现场核查无开采迹象，系合法复垦施工。\"", 200);
        assertThat(rejected.get("availableActions")).isEmpty();

        var tracked = reporter.track(code);
        assertThat(tracked.get("status").asString()).isEqualTo("REJECTED");
        assertThat(tracked.get("reason").asString()).isEqualTo("现场核查无开采迹象，系合法复垦施工。");
        act("inspector", id, "reward", ",\"decision\":\"DECLINED\",\"reason\":\"不属实\"", 409);
        act("inspector", id, "open-hazard", ",\"enterpriseId\":1", 409);
    }

    @Test
    void onlyTheRegionsSupervisingDepartmentsReadOrTriageATipOff() {
        var place = "西沟" + UUID.randomUUID();
        var sent = new PublicForm(port, address()).submitJson(fields(place, CONTACT));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long id = find("inspector", place).get("id").asLong();

        var elsewhere = Api.at(port).as("xwinspector");
        assertThat(elsewhere.get("/api/v1/tip-offs/" + id).status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/tip-offs").body()).doesNotContain(place);
        assertThat(elsewhere
                        .post("/api/v1/tip-offs/" + id + "/actions/reject", "{\"version\":0,\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.at(port).as("mine1").get("/api/v1/tip-offs").status()).isEqualTo(403);
        assertThat(Api.at(port).as("mine1").get("/api/v1/tip-offs/" + id).status())
                .isEqualTo(404);
        assertThat(Api.at(port).get("/api/v1/tip-offs").status()).isEqualTo(401);
        assertThat(Api.at(port).get("/api/v1/tip-offs/" + id).status()).isEqualTo(401);
        assertThat(Api.at(port).getAnything("/tip-offs/" + id).status()).isEqualTo(302);
        assertThat(find("inspector", place).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void anOversizedPhotoOrAFourthPhotoIsRefusedAndNothingIsStored() {
        long tipOffs = count("tip_off");
        long files = count("attachment");
        var oversized = new byte[6 * 1024 * 1024];
        oversized[0] = (byte) 0xFF;
        oversized[1] = (byte) 0xD8;
        oversized[2] = (byte) 0xFF;
        var reporter = new PublicForm(port, address());

        var tooLarge =
                reporter.submitJson(fields("东沟" + UUID.randomUUID(), null), new PublicForm.Photo("big.jpg", oversized));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("photos").contains("5 MB");

        var photo = new PublicForm.Photo("p.png", Images.png());
        var four = reporter.submitJson(fields("东沟" + UUID.randomUUID(), null), photo, photo, photo, photo);
        assertThat(four.statusCode()).as(four.body()).isEqualTo(400);

        var pdf = reporter.submitJson(
                fields("东沟" + UUID.randomUUID(), null), new PublicForm.Photo("x.pdf", Images.pdf(1)));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(400);

        assertThat(count("tip_off")).isEqualTo(tipOffs);
        assertThat(count("attachment")).isEqualTo(files);
    }

    @Test
    void aBurstFromOneClientIsCutOffAtTheLimitAndTheApplicationStaysUp() {
        var prefix = "突发" + UUID.randomUUID();
        var flooder = new PublicForm(port, address());
        var statuses = new ArrayList<Integer>();
        String retryAfter = null;
        for (int i = 0; i < 30; i++) {
            var response = flooder.submitJson(fields(prefix + "-" + i, null));
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            }
        }

        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(accepted).isEqualTo(perHour);
        assertThat(statuses.subList(0, perHour)).containsOnly(201);
        assertThat(statuses.subList(perHour, 30)).containsOnly(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM tip_off WHERE place LIKE ? || '%'")
                        .param(prefix)
                        .query(Long.class)
                        .single())
                .isEqualTo(accepted);
        assertThat(Api.at(port).getAnything("/actuator/health").body()).contains("UP");
        assertThat(new PublicForm(port, address())
                        .submitJson(fields(prefix + "-other", null))
                        .statusCode())
                .as("another client is not held up")
                .isEqualTo(201);
    }

    @Test
    void aBodyLargerThanThePhotosAllowedIsRefusedUnreadAndNothingIsStored() {
        long tipOffs = count("tip_off");
        long files = count("attachment");
        var photo = new byte[5 * 1024 * 1024];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        var big = new PublicForm.Photo("big.jpg", photo);
        var refused =
                new PublicForm(port, address()).submitJson(fields("东沟" + UUID.randomUUID(), null), big, big, big, big);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(count("tip_off")).isEqualTo(tipOffs);
        assertThat(count("attachment")).isEqualTo(files);
    }

    @Test
    void theContractsPathsSubmitAndTrackAndAnEncodedPathIsCountedAgainstTheLimitToo() {
        var reporter = new PublicForm(port, address());
        var prefix = "契约" + UUID.randomUUID();
        var created = reporter.submitJsonTo("/public/tips", fields(prefix, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var code = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(created.body())
                .get("trackingCode")
                .asString();
        var tracked = reporter.getJson("/public/tips/" + code);
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        assertThat(tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(tracked.body())
                        .get("status")
                        .asString())
                .isEqualTo("RECEIVED");
        for (int i = 1; i < perHour; i++) {
            assertThat(reporter.submitJsonTo("/public/tip-off%73", fields(prefix + i, null))
                            .statusCode())
                    .isEqualTo(201);
        }
        assertThat(reporter.submitJsonTo("/public/tip-off%73", fields(prefix + "-over", null))
                        .statusCode())
                .as("the encoded spelling of the path is the same path, counted alike")
                .isEqualTo(429);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private java.util.List<String> auditActions(String target) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE target = ? ORDER BY id")
                .param(target)
                .query(String.class)
                .list();
    }
}
