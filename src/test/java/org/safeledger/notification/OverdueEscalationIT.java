package org.safeledger.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Deadlines that bite": with the demo clock moved past a deadline, the sweep marks the hazard overdue and climbs
 * the responsibility chain tier by tier (principal, department, leaders), each step on the timeline and in the
 * right inboxes only; a new deadline starts over. The demo clock and the manual run are administrators' only.
 */
@IntegrationTest
class OverdueEscalationIT {

    @LocalServerPort
    int port;

    @Autowired
    LockProvider locks;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    Overdue overdue;

    @BeforeEach
    void helper() {
        overdue = new Overdue(port);
    }

    @AfterEach
    void realTime() {
        overdue.moveClock("P0D");
    }

    private Api admin() {
        return Api.at(port).as("admin");
    }

    private void moveClock(String offset) {
        overdue.moveClock(offset);
    }

    private JsonNode sweep() {
        return overdue.sweep();
    }

    private long overdueHazard(String user, String title) {
        return overdue.hazardDueTomorrow(user, title);
    }

    /** The kinds of the user's notifications about the hazard, newest first. */
    private List<String> notifications(String user, long hazardId) {
        return overdue.notifications(user, hazardId).stream()
                .map(n -> n.get("kind").asString())
                .toList();
    }

    private List<String> timeline(long id) {
        var types = new ArrayList<String>();
        Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + id + "/events")
                .json()
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private JsonNode hazard(long id) {
        return Api.at(port).as("inspector").get("/api/v1/hazards/" + id).json();
    }

    @Test
    void theSweepClimbsTheResponsibilityChainTierByTierAndANewDeadlineStartsOver() {
        long id = overdueHazard("mine1", "排水沟堵塞逾期");

        sweep(); // not yet due: nothing happens to it
        assertThat(hazard(id).get("escalationTier").asInt()).isZero();

        moveClock("P3D"); // two days past the deadline: tier 1 (default tiers 1, 7, 15 days)
        var first = sweep();
        assertThat(first.get("tier1").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(hazard(id).get("overdue").asBoolean()).isTrue();
        assertThat(hazard(id).get("escalationTier").asInt()).isEqualTo(1);
        assertThat(timeline(id)).containsExactly("REPORTED", "ASSIGNED", "OVERDUE");
        assertThat(notifications("mine1", id)).containsExactly("HAZARD_OVERDUE");
        assertThat(notifications("inspector", id)).isEmpty();
        assertThat(notifications("leader", id)).isEmpty();

        sweep(); // again: nothing new
        assertThat(timeline(id)).containsExactly("REPORTED", "ASSIGNED", "OVERDUE");
        assertThat(notifications("mine1", id)).hasSize(1);

        moveClock("P10D"); // nine days: the supervising department (the county's emergency bureau supervises mines)
        sweep();
        assertThat(hazard(id).get("escalationTier").asInt()).isEqualTo(2);
        assertThat(notifications("inspector", id)).containsExactly("HAZARD_ESCALATED");
        assertThat(notifications("depthead", id)).containsExactly("HAZARD_ESCALATED");
        assertThat(notifications("leader", id)).isEmpty();
        assertThat(notifications("secretary", id)).isEmpty();

        moveClock("P20D"); // nineteen days: the county's leaders
        sweep();
        assertThat(hazard(id).get("escalationTier").asInt()).isEqualTo(3);
        assertThat(notifications("leader", id)).containsExactly("HAZARD_ESCALATED");
        // by the banner's matrix: the leader in charge of coal mines and the two first-responsible leaders
        assertThat(notifications("secretary", id)).containsExactly("HAZARD_ESCALATED");
        assertThat(notifications("bannerhead", id)).containsExactly("HAZARD_ESCALATED");
        for (var other : java.util.List.of("admin", "leagueleader", "chem1", "leagueduty", "provduty")) {
            assertThat(notifications(other, id)).as(other).isEmpty();
        }
        assertThat(timeline(id)).containsExactly("REPORTED", "ASSIGNED", "OVERDUE", "ESCALATED", "ESCALATED");
        // nobody outside the chain hears of it: the other mine, the other county's inspector
        assertThat(notifications("mine2", id)).isEmpty();
        assertThat(notifications("xwinspector", id)).isEmpty();

        // the escalation view of the county (by enterprise) and the ledger's tier filter show it
        var view = Api.at(port).as("leader").get("/api/v1/hazards/escalations").json();
        var mine1Enterprise = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var row = java.util.stream.StreamSupport.stream(view.spliterator(), false)
                .filter(r -> r.get("enterpriseId").asLong() == mine1Enterprise)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("tier3").asLong()).isPositive();
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/hazards?tier=3&size=500")
                        .body())
                .contains("\"id\":" + id + ",");
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/hazards?tier=1&size=500")
                        .body())
                .doesNotContain("\"id\":" + id + ",");
        // outside the leader's region: refused; a tier that does not exist: 400 naming it
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/hazards/escalations?regionCode=440825")
                        .status())
                .isEqualTo(403);
        var badTier = Api.at(port).as("leader").get("/api/v1/hazards?tier=9");
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.body()).contains("tier");
        // the other mine's principal sees only their own enterprise in the view
        var mine2View =
                Api.at(port).as("mine2").get("/api/v1/hazards/escalations").json();
        mine2View.forEach(r -> assertThat(r.get("enterpriseId").asLong()).isNotEqualTo(mine1Enterprise));

        // the enterprise may not move a deadline it has missed (that would silence the escalation)
        var body = """
                {"version":%d,"newDeadline":"%s","reason":"设备到货延迟"}""".formatted(
                        hazard(id).get("version").asInt(), LocalDate.now(ZONE).plusDays(30));
        var refused = Api.at(port).as("mine1").post("/api/v1/hazards/" + id + "/actions/extend", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(hazard(id).get("escalationTier").asInt()).isEqualTo(3);
        // the supervising department may; a new deadline starts the escalation over
        var extend = Api.at(port).as("inspector").post("/api/v1/hazards/" + id + "/actions/extend", body);
        assertThat(extend.status()).as(extend.body()).isEqualTo(200);
        assertThat(extend.json().get("escalationTier").asInt()).isZero();
        assertThat(extend.json().get("overdue").asBoolean()).isFalse();
    }

    @Test
    void escalationsAreInTheOperationLogAndTheChainStillVerifies() {
        long id = overdueHazard("mine2", "挡车设施缺失逾期");
        moveClock("P16D"); // fifteen days at once: all three tiers in one run, one event each
        sweep();
        assertThat(timeline(id)).containsExactly("REPORTED", "ASSIGNED", "OVERDUE", "ESCALATED", "ESCALATED");
        assertThat(notifications("mine2", id)).containsExactly("HAZARD_OVERDUE");
        assertThat(notifications("leader", id)).containsExactly("HAZARD_ESCALATED");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE target = ? AND actor = 'system' ORDER BY id")
                        .param("hazard:" + id)
                        .query(String.class)
                        .list())
                .containsExactly("hazard.overdue", "hazard.escalate", "hazard.escalate");
        var verify = admin().get("/api/v1/audit/verify");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("valid").asBoolean()).as(verify.body()).isTrue();
    }

    @Test
    void onlyAdministratorsMoveTheClockOrRunTheSweep() {
        assertThat(Api.at(port)
                        .as("inspector")
                        .put("/api/v1/admin/clock", "{\"offset\":\"P3D\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leader")
                        .post("/api/v1/admin/jobs/overdue-sweep/run", "")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .put("/api/v1/admin/clock", "{\"offset\":\"P3D\"}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aBadOffsetIsRefusedNamingTheField() {
        var response = admin().put("/api/v1/admin/clock", "{\"offset\":\"three days\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("offset");
        assertThat(admin().put("/api/v1/admin/clock", "{\"offset\":\"P20000D\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin().put("/api/v1/admin/clock", "{}").status()).isEqualTo(400);
    }

    @Test
    void theClockMovesTheApplicationsNow() {
        moveClock("P3D");
        var now = Instant.parse(
                admin().get("/api/v1/admin/clock").json().get("now").asString());
        assertThat(Duration.between(Instant.now(), now)).isBetween(Duration.ofHours(71), Duration.ofHours(73));
    }

    @Test
    void aRunByHandWaitsForNoOneWhileAnotherRunHoldsTheLock() {
        var lock = locks.lock(
                        new LockConfiguration(Instant.now(), "overdue-sweep", Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        try {
            var response = admin().post("/api/v1/admin/jobs/overdue-sweep/run", "");
            assertThat(response.status()).isEqualTo(409);
        } finally {
            lock.unlock();
        }
        sweep();
    }
}
