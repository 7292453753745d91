package org.safeledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import tools.jackson.databind.JsonNode;

/** Making a hazard overdue through the API: one due tomorrow, the demo clock moved past it, the sweep run. */
public final class Overdue {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final int port;

    public Overdue(int port) {
        this.port = port;
    }

    /** A coal-mine hazard of the user's enterprise, assigned with tomorrow as its deadline. */
    public long hazardDueTomorrow(String user, String title) {
        var me = Api.at(port).as(user).get("/api/v1/me").json();
        var report = Api.at(port).as(user).post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"排水沟堵塞","location":"南帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                me.get("enterpriseId").asLong(), title, OffsetDateTime.now().minusHours(1)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        long id = report.json().get("id").asLong();
        var assign = Api.at(port).as(user).post("/api/v1/hazards/" + id + "/actions/assign", """
                {"version":0,"plan":"清淤","responsiblePerson":"王工","deadline":"%s"}""".formatted(
                        LocalDate.now(ZONE).plusDays(1)));
        assertThat(assign.status()).as(assign.body()).isEqualTo(200);
        return id;
    }

    /** Sets the demo clock's offset from real time ({@code P0D} returns to it). */
    public void moveClock(String offset) {
        var response = Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"offset\":\"" + offset + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Today on the application's clock, in its zone (the day its deadlines are counted in). */
    public LocalDate today() {
        var now = Api.at(port)
                .as("admin")
                .get("/api/v1/admin/clock")
                .json()
                .get("now")
                .asString();
        return java.time.Instant.parse(now).atZone(ZONE).toLocalDate();
    }

    public JsonNode sweep() {
        var response = Api.at(port).as("admin").post("/api/v1/admin/jobs/overdue-sweep/run", "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The user's notifications about the hazard, newest first. */
    public java.util.List<JsonNode> notifications(String user, long hazardId) {
        var found = new java.util.ArrayList<JsonNode>();
        var items = Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items");
        for (var n : items) {
            if (n.get("subject").asString().equals("hazard:" + hazardId)) {
                found.add(n);
            }
        }
        return found;
    }
}
