package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The look-back rule on the demo: the league found a major hazard at the second mine, which the banner's bureau had
 * inspected thirty days before and found nothing; the signal names the bureau with both facts, and a day before the
 * finding was recorded it is not there. Only readers of the region's matrix see signals.
 */
@IntegrationTest
class IdlingSignalIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    SignalSweep sweep;

    private JsonNode missed(String asOf) {
        var read = Api.at(port)
                .as("leader")
                .get("/api/v1/idling-signals?regionCode=152921" + (asOf.isEmpty() ? "" : "&asOf=" + asOf));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        for (var s : read.json().get("items")) {
            if (s.get("kind").asString().equals("MISSED_BY_INSPECTION")
                    && s.get("facts").get(0).get("title").asString().equals("南排土场边坡出现多条张拉裂缝")) {
                return s;
            }
        }
        return null;
    }

    @Test
    void aMajorHazardTheLeagueFoundWhereTheBannerFoundNothingAMonthBeforeIsMissedByInspection() {
        var today = new Overdue(port).today();
        var signal = missed("");
        assertThat(signal).as("the demo's look-back case").isNotNull();
        assertThat(signal.get("subject").get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(signal.get("subject").get("name").asString()).isEqualTo("阿拉善左旗应急管理局");
        assertThat(signal.get("since").asString()).isEqualTo(today.toString());
        var major = signal.get("facts").get(0);
        assertThat(major.get("enterprise").asString()).contains("金沙");
        assertThat(major.get("foundBy").asString()).contains("阿拉善盟应急管理局");
        assertThat(major.get("discoveredOn").asString())
                .isEqualTo(today.minusDays(2).toString());
        var inspected = signal.get("facts").get(1);
        assertThat(inspected.get("fact").asString()).isEqualTo("INSPECTED_FOUND_NOTHING");
        assertThat(inspected.get("inspectedOn").asString())
                .isEqualTo(today.minusDays(30).toString());
        assertThat(inspected.get("nonCompliant").asLong()).isZero();
        assertThat(signal.get("rule").asString()).contains("回头看");

        assertThat(missed(today.minusDays(1).toString()))
                .as("yesterday the league's finding was not yet in the record")
                .isNull();
    }

    @Test
    void signalsAreReadOnlyByReadersOfTheRegionsMatrix() {
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
        var tomorrow = new Overdue(port).today().plusDays(1);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/idling-signals?regionCode=152921&asOf=" + tomorrow)
                        .status())
                .as("the record holds no future")
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/idling-signals?regionCode=152921&asOf=+999999999-12-31")
                        .status())
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("leagueleader")
                        .get("/api/v1/idling-signals?regionCode=152921")
                        .status())
                .as("the league reads its banner")
                .isEqualTo(200);
    }

    @Test
    void theNightlySweepTellsTheBannersAccountableLeadersOfTheSignalsThatBeganThatDay() {
        var today = new Overdue(port).today();
        assertThat(sweep.sweep(today)).isPositive();

        var subject = "signal:152921:MISSED_BY_INSPECTION:" + today;
        for (var user : java.util.List.of("leader", "secretary", "bannerhead")) {
            var inbox = Api.at(port).as(user).get("/api/v1/notifications?size=50");
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.json()
                            .get("items")
                            .valueStream()
                            .filter(n -> n.get("kind").asString().equals("IDLING_SIGNAL"))
                            .map(n -> n.get("subject").asString()))
                    .as(user)
                    .contains(subject);
        }
        var inspector = Api.at(port).as("inspector").get("/api/v1/notifications?size=50");
        assertThat(inspector
                        .json()
                        .get("items")
                        .valueStream()
                        .map(n -> n.get("subject").asString()))
                .as("the bureau's inspector is not one of the region's accountable leaders")
                .doesNotContain(subject);
    }
}
