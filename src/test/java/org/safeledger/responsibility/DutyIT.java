package org.safeledger.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The banner's duty list on the demo through the API: a quarter without the standing committee's safety meeting
 * gives DUTY_NOT_PERFORMED, a meeting recorded performs its duty, and a past day's signals see only what was known
 * that day; the post's holder records an inspection led in person, nobody else does.
 */
@IntegrationTest
class DutyIT {

    @LocalServerPort
    int port;

    private JsonNode line(String user, String code, String asOf) {
        var read =
                Api.at(port).as(user).get("/api/v1/duties?regionCode=152921" + (asOf.isEmpty() ? "" : "&asOf=" + asOf));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        for (var l : read.json()) {
            if (l.get("duty").get("code").asString().equals(code)) {
                return l;
            }
        }
        throw new AssertionError("no duty " + code);
    }

    private static String status(JsonNode line, LocalDate day) {
        for (var w : line.get("windows")) {
            if (!day.isBefore(LocalDate.parse(w.get("from").asString()))
                    && !day.isAfter(LocalDate.parse(w.get("to").asString()))) {
                return w.get("status").asString();
            }
        }
        return "none";
    }

    private boolean signalled(String asOf, LocalDate windowFrom) {
        var read = Api.at(port).as("leader").get("/api/v1/idling-signals?regionCode=152921&asOf=" + asOf);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        for (var s : read.json().get("items")) {
            var fact = s.get("facts").get(0);
            if (s.get("kind").asString().equals("DUTY_NOT_PERFORMED")
                    && fact.get("duty").asString().equals("COUNTY_STANDING_COMMITTEE")
                    && fact.get("from").asString().equals(windowFrom.toString())) {
                assertThat(s.get("subject").get("name").asString()).contains("旗委书记");
                assertThat(s.get("rule").asString()).contains("每季度");
                return true;
            }
        }
        return false;
    }

    @Test
    void aQuarterWithoutTheStandingCommitteesMeetingIsSignalledUntilAMeetingIsKnownAndOnlyFromTheDayItIs() {
        var today = new Overdue(port).today();
        var quarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        var twoBack = quarter.minusMonths(6);
        assertThat(status(line("leader", "COUNTY_EXECUTIVE_MEETING", ""), today.minusDays(20)))
                .as("the demo's executive meeting performs the government's duty")
                .isEqualTo("PERFORMED");

        // the standing committee meets, and records it, today: two quarters back, on that quarter's first day
        long bureau = Api.at(port).as("inspector").departmentId();
        long owner = ownerPost();
        var met = Api.at(port).as("secretary").post("/api/v1/meetings", """
                {"kind":"PARTY_STANDING_COMMITTEE","regionCode":"152921","heldOn":"%s","topic":"旗委常委会研究安全生产%d",
                 "decisions":[{"title":"矿山安全整治%d","responsible":{"kind":"DEPARTMENT","id":%d},
                               "ownerPostId":%d,"deadline":"%s"}]}""".formatted(
                twoBack, System.nanoTime() % 10000, System.nanoTime() % 10000, bureau, owner, today.plusDays(30)));
        assertThat(met.status()).as(met.body()).isEqualTo(201);

        assertThat(status(line("leader", "COUNTY_STANDING_COMMITTEE", ""), twoBack))
                .isEqualTo("PERFORMED");
        assertThat(signalled(today.toString(), twoBack))
                .as("today the meeting is known")
                .isFalse();
        assertThat(signalled(today.minusDays(1).toString(), twoBack))
                .as("yesterday it was not: the quarter was missed as far as anyone knew")
                .isTrue();
        assertThat(signalled(twoBack.plusDays(10).toString(), twoBack))
                .as("within the quarter nothing is missed yet")
                .isFalse();
        assertThat(status(
                        line(
                                "leader",
                                "COUNTY_STANDING_COMMITTEE",
                                twoBack.plusDays(10).toString()),
                        twoBack))
                .isEqualTo("OPEN");
    }

    @Test
    void theHolderRecordsAnInspectionLedInPersonAndNobodyElseDoes() {
        var today = new Overdue(port).today();
        assertThat(line("secretary", "SECRETARY_INSPECTS", "").get("mayRecord").asBoolean())
                .isTrue();
        assertThat(line("leader", "SECRETARY_INSPECTS", "").get("mayRecord").asBoolean())
                .isFalse();
        var body = """
                {"dutyId":"SECRETARY_INSPECTS","performedOn":"%s","note":"带队检查宏岩露天煤矿边坡"}""".formatted(today);
        assertThat(Api.at(port).as("leader").post("/api/v1/duty-records", body).status())
                .isEqualTo(403);
        var recorded = Api.at(port).as("secretary").post("/api/v1/duty-records", body);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(status(line("leader", "SECRETARY_INSPECTS", ""), today)).isEqualTo("PERFORMED");

        var fromMeeting = Api.at(port).as("secretary").post("/api/v1/duty-records", """
                {"dutyId":"COUNTY_STANDING_COMMITTEE","performedOn":"%s","note":"x"}""".formatted(today));
        assertThat(fromMeeting.status())
                .as("meeting duties come from the meetings")
                .isEqualTo(400);
        var future = Api.at(port).as("secretary").post("/api/v1/duty-records", """
                {"dutyId":"SECRETARY_INSPECTS","performedOn":"%s","note":"x"}""".formatted(today.plusDays(3)));
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void anEnterpriseAndAnotherCountyReadNeitherTheDutiesNorTheSignals() {
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/duties?regionCode=152921")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/idling-signals?regionCode=152921")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/idling-signals?regionCode=152921")
                        .status())
                .isEqualTo(403);
    }

    private long ownerPost() {
        for (var m : Api.at(port).as("leader").get("/api/v1/meetings").json()) {
            for (var d : m.get("decisions")) {
                if (d.get("owner").get("post").asString().equals("副旗长（分管安全生产）")) {
                    return d.get("owner").get("postId").asLong();
                }
            }
        }
        throw new AssertionError("no post");
    }
}
