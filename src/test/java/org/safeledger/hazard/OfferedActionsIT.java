package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For each role and each status of a hazard (and the states that change who may act: major, listed, kept on the
 * books, reused evidence), the page offers exactly the steps the API lists as {@code availableActions}, each offered
 * step is accepted by the API (taken on a fresh hazard in the same state), and each step not offered is refused
 * (403 or 409) without changing the hazard.
 */
@IntegrationTest
class OfferedActionsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"action-([a-z_]+)\"");
    private static final Pattern LISTING_OPTION =
            Pattern.compile("id=\"supervisingDepartmentId\"[^>]*>\\s*<option value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    private final Map<String, PageClient> pages = new HashMap<>();

    @Test
    void thePageOffersExactlyTheStepsTheApiAcceptsForEveryRoleAndStatus() {
        var mine = Map.<String, LongSupplier>of(
                "reported", () -> coal(),
                "rectifying", () -> assigned(coal(), "mine1"),
                "submitted", () -> submitted(assigned(coal(), "mine1"), "mine1"),
                "closed", () -> accepted(submitted(assigned(coal(), "mine1"), "mine1")),
                "major submitted", () -> submitted(majorAssigned(), "mine1"),
                "listed rectifying", () -> listed(assigned(coal(), "mine1")),
                "kept on the books", () -> rejected(submitted(listed(assigned(coal(), "mine1")), "mine1")),
                "reused evidence", () -> reusedEvidence());
        for (var user : List.of("mine1", "inspector", "depthead", "leader", "admin", "mine2")) {
            // every role of the banner reads the mine's hazards; the other mine's principal none
            var sees = !user.equals("mine2");
            mine.forEach((state, make) -> check(user, sees, state, make));
        }
        var chemical = Map.<String, LongSupplier>of(
                "reported", () -> chem(),
                "rectifying", () -> assigned(chem(), "inspector"),
                "submitted", () -> submitted(assigned(chem(), "inspector"), "chem1"),
                "closed", () -> accepted(submitted(assigned(chem(), "inspector"), "chem1")));
        for (var user : List.of("chem1", "inspector")) {
            chemical.forEach((state, make) -> check(user, true, state, make));
        }
    }

    /** One user before one hazard state: offered = listed = accepted, and everything else refused. */
    private void check(String user, boolean sees, String state, LongSupplier make) {
        long id = make.getAsLong();
        var read = api(user).get("/api/v1/hazards/" + id);
        assertThat(read.status() == 200)
                .as(user + " reads a " + state + " hazard: " + read.status())
                .isEqualTo(sees);
        if (!sees) {
            // out of the user's scope: no page either, and no step
            assertThat(page(user).get("/hazards/" + id).statusCode()).isIn(403, 404);
            assertThat(read.status()).isIn(403, 404);
            for (var action : HazardAction.values()) {
                assertThat(take(user, id, action, 0).status())
                        .as(user + " " + action)
                        .isIn(403, 404);
            }
            return;
        }
        var html = page(user).get("/hazards/" + id).body();
        var offered = new TreeSet<String>();
        FORM.matcher(html).results().forEach(m -> offered.add(m.group(1)));
        var listed = new TreeSet<String>();
        read.json().get("availableActions").forEach(a -> listed.add(a.asString()));
        assertThat(offered).as(user + " on a " + state + " hazard: page vs API").isEqualTo(listed);
        for (var action : HazardAction.values()) {
            var name = action.name().toLowerCase(Locale.ROOT);
            if (offered.contains(name)) {
                long fresh = make.getAsLong();
                var done = take(user, fresh, action, version(fresh));
                assertThat(done.status())
                        .as(user + " takes the offered " + name + " on a " + state + " hazard: " + done.body())
                        .isEqualTo(200);
            } else {
                int before = version(id);
                var refused = take(user, id, action, before);
                assertThat(refused.status())
                        .as(user + " is refused " + name + " on a " + state + " hazard: " + refused.body())
                        .isIn(403, 409);
                assertThat(version(id)).isEqualTo(before);
            }
        }
    }

    /** A complete, valid body for the step, so that only the rule can refuse it. */
    private Api.Response take(String user, long id, HazardAction action, int version) {
        var deadline = TODAY.plusDays(20);
        var body = switch (action) {
            case ASSIGN ->
                "\"plan\":\"整改\",\"responsiblePerson\":\"王工\",\"deadline\":\"" + deadline + "\","
                        + "\"fiveImplementations\":{\"responsibility\":\"r\",\"measures\":\"m\",\"funding\":\"f\","
                        + "\"deadline\":\"d\",\"contingencyPlan\":\"c\"},"
                        + "\"treatmentPlan\":{\"objectives\":\"o\",\"methods\":\"m\",\"fundingAndMaterials\":\"f\","
                        + "\"organisation\":\"o\",\"timeLimit\":\"t\",\"safetyMeasures\":\"s\"}";
            case SUBMIT -> "\"evidence\":\"已整改\"";
            case ACCEPT -> "\"opinion\":\"复查合格\"";
            case REJECT, DOWNGRADE, CONFIRM_FALSIFIED -> "\"reason\":\"理由\"";
            case EXTEND -> "\"newDeadline\":\"%s\",\"reason\":\"理由\"".formatted(TODAY.plusDays(40));
            case LIST ->
                "\"supervisingDepartmentId\":%d,\"deadline\":\"%s\"".formatted(listingDepartment(user, id), deadline);
            case EXPLAIN -> "\"explanation\":\"说明\"";
            case CITE -> "\"clauseNumbers\":\"%s\"".formatted(sectorOf(id).equals("COAL_MINE") ? "18.10" : "1");
            case REPORT_MAJOR -> "\"channel\":\"REGULATOR\",\"recipient\":\"县应急管理局\",\"report\":\"现状、原因、危害\"";
            case SUSPEND -> "\"area\":\"北帮\"";
        };
        return api(user)
                .post(
                        "/api/v1/hazards/" + id + "/actions/" + action.name().toLowerCase(Locale.ROOT),
                        "{\"version\":" + version + "," + body + "}");
    }

    /** The department the page offers for listing, or the user's own (a refusal is then about the rule). */
    private long listingDepartment(String user, long id) {
        var offered = LISTING_OPTION.matcher(page(user).get("/hazards/" + id).body());
        if (offered.find()) {
            return Long.parseLong(offered.group(1));
        }
        var own = api(user).get("/api/v1/me").json().get("departmentId");
        return own == null || own.isNull() ? countyBureau() : own.asLong();
    }

    private long countyBureau() {
        return api("inspector").get("/api/v1/me").json().get("departmentId").asLong();
    }

    // ---- hazards in each state, made through the API as the people who would make them ----

    private long coal() {
        return reported("mine1", "COAL_MINE", "SELF_INSPECTION");
    }

    private long chem() {
        return reported("chem1", "HAZARDOUS_CHEMICALS", "SELF_INSPECTION");
    }

    private long reported(String user, String sector, String source) {
        long enterprise = api(user).get("/api/v1/me").json().get("enterpriseId").asLong();
        var response = api(user).post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"动作一致性%s","description":"d","location":"l","sector":"%s",
                 "discoveredAt":"%s","source":"%s"}""".formatted(
                        enterprise,
                        UUID.randomUUID().toString().substring(0, 8),
                        sector,
                        OffsetDateTime.now().minusHours(1),
                        source));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private long assigned(long id, String by) {
        return ok(take(by, id, HazardAction.ASSIGN, version(id)), id);
    }

    private long submitted(long id, String by) {
        return ok(take(by, id, HazardAction.SUBMIT, version(id)), id);
    }

    private long accepted(long id) {
        return ok(take("inspector", id, HazardAction.ACCEPT, version(id)), id);
    }

    private long rejected(long id) {
        return ok(take("inspector", id, HazardAction.REJECT, version(id)), id);
    }

    private long listed(long id) {
        return ok(take("inspector", id, HazardAction.LIST, version(id)), id);
    }

    private long majorAssigned() {
        long id = coal();
        ok(take("inspector", id, HazardAction.CITE, version(id)), id);
        return assigned(id, "mine1");
    }

    /** A submitted hazard whose evidence file was evidence of another hazard already: flagged REUSED_EVIDENCE. */
    private long reusedEvidence() {
        var photo = org.safeledger.support.Images.encode(
                org.safeledger.support.Images.scene(UUID.randomUUID().getMostSignificantBits(), 320, 240), "png");
        long first = assigned(coal(), "mine1");
        long second = assigned(coal(), "mine1");
        for (long id : List.of(first, second)) {
            var file = api("mine1")
                    .upload("/api/v1/attachments", "e.png", photo)
                    .json()
                    .get("id")
                    .asLong();
            ok(api("mine1").post("/api/v1/hazards/" + id + "/actions/submit", """
                            {"version":%d,"evidence":"已整改","attachmentIds":[%d]}""".formatted(version(id), file)), id);
        }
        assertThat(api("inspector")
                        .get("/api/v1/hazards/" + second)
                        .json()
                        .get("flags")
                        .toString())
                .contains("REUSED_EVIDENCE");
        return second;
    }

    private static long ok(Api.Response response, long id) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return id;
    }

    private int version(long id) {
        return api("admin").get("/api/v1/hazards/" + id).json().get("version").asInt();
    }

    private String sectorOf(long id) {
        return api("admin").get("/api/v1/hazards/" + id).json().get("sector").asString();
    }

    private Api api(String user) {
        return Api.at(port).as(user);
    }

    private PageClient page(String user) {
        return pages.computeIfAbsent(user, u -> new PageClient(port).signIn(u, "demo2026"));
    }
}
