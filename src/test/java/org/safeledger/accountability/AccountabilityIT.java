package org.safeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The year's scorecard, the accountability decisions and the board on the demo through the API: every deduction is
 * its facts times the scheme's points up to its most, the demo accident vetoes the banner's year, the
 * investigation's decision on the bureau head is an accountability record linked to its accident; a county reads
 * no other county's board, an enterprise none.
 */
@IntegrationTest
class AccountabilityIT {

    private static final Map<String, int[]> SCHEME = Map.of(
            "DUTY_NOT_PERFORMED", new int[] {2, 20},
            "IDLING_SIGNAL", new int[] {3, 15},
            "ITEM_DEADLINE_MISSED", new int[] {1, 15},
            "SUMMONS", new int[] {5, 10},
            "PLAN_COVERAGE", new int[] {1, 10},
            "ACCIDENT_GENERAL", new int[] {2, 10},
            "ACCIDENT_LARGER", new int[] {10, 20});

    @LocalServerPort
    int port;

    private JsonNode scorecard(String query) {
        int year = new Overdue(port).today().getYear();
        var read = Api.at(port).as("leader").get("/api/v1/assessments/" + year + "?regionCode=152921" + query);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    @Test
    void theBannersScorecardDeductsEachIndicatorsFactsByTheSchemeAndTheDemoAccidentVetoesIt() {
        var card = scorecard("");
        int left = 100;
        var indicators = new HashMap<String, JsonNode>();
        for (var d : card.get("deductions")) {
            var code = d.get("indicator").asString();
            indicators.put(code, d);
            // a fact counts once, or its units (a plan: each ten points behind)
            int facts = d.get("facts")
                    .valueStream()
                    .mapToInt(f -> f.has("units") ? f.get("units").asInt() : 1)
                    .sum();
            assertThat(d.get("count").asInt()).isEqualTo(facts);
            var rule = SCHEME.get(code);
            assertThat(d.get("points").asInt()).as(code).isEqualTo(Math.min(rule[1], facts * rule[0]));
            left -= d.get("points").asInt();
        }
        assertThat(card.get("score").asInt()).isEqualTo(Math.max(0, left));
        assertThat(indicators).containsKey("DUTY_NOT_PERFORMED");
        assertThat(indicators
                        .get("DUTY_NOT_PERFORMED")
                        .get("facts")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("DUTY_NOT_PERFORMED");
        var signals = indicators.get("IDLING_SIGNAL").get("facts");
        assertThat(signals.valueStream().map(f -> f.get("kind").asString()))
                .as("the look-back case counts against the banner")
                .contains("MISSED_BY_INSPECTION");

        // the demo accident: vetoed when its level is serious or graver, and the grade is then a fail
        var accidents = Api.at(port)
                .as("leader")
                .get("/api/v1/accidents?regionCode=152921")
                .json();
        boolean serious = accidents
                .get("items")
                .valueStream()
                .anyMatch(a -> Set.of("SERIOUS", "EXTRA_SERIOUS")
                        .contains(a.get("level").asString()));
        assertThat(card.get("vetoed").asBoolean()).isEqualTo(serious);
        if (serious) {
            assertThat(card.get("grade").asString()).isEqualTo("FAIL");
            assertThat(card.get("veto").get(0).get("fact").asString()).isEqualTo("ACCIDENT");
        } else {
            int score = card.get("score").asInt();
            assertThat(card.get("grade").asString())
                    .isEqualTo(score >= 90 ? "EXCELLENT" : score >= 80 ? "GOOD" : score >= 60 ? "PASS" : "FAIL");
        }
    }

    @Test
    void theBureausScorecardCountsTheSignalOnTheBureauAndItsFilesDownload() {
        long bureau = Api.at(port).as("inspector").departmentId();
        var card = scorecard("&departmentId=" + bureau);
        assertThat(card.get("subject").asString()).isEqualTo("阿拉善左旗应急管理局");
        assertThat(card.get("deductions")
                        .valueStream()
                        .map(d -> d.get("indicator").asString()))
                .contains("IDLING_SIGNAL")
                .doesNotContain("DUTY_NOT_PERFORMED");

        int year = new Overdue(port).today().getYear();
        var pdf = Api.at(port).as("leader").getBinary("/api/v1/assessments/" + year + "?regionCode=152921&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        var xlsx =
                Api.at(port).as("leader").getBinary("/api/v1/assessments/" + year + "?regionCode=152921&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/assessments/" + year + "?regionCode=152921&format=doc")
                        .status())
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/assessments/1999?regionCode=152921")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theInvestigationsDecisionOnTheBureauHeadIsAnAccountabilityRecordLinkedToItsAccident() {
        var records = Api.at(port).as("leader").get("/api/v1/accountability-records?regionCode=152921");
        assertThat(records.status()).as(records.body()).isEqualTo(200);
        var decided = records.json()
                .valueStream()
                .filter(r -> r.get("personName").asString().equals("示例县应急管理局负责人（虚构）"))
                .findFirst()
                .orElseThrow();
        assertThat(decided.get("derived").asBoolean()).isTrue();
        assertThat(decided.get("sourceKind").asString()).isEqualTo("ACCIDENT");
        long accident = decided.get("sourceId").asLong();
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/accidents/" + accident)
                        .status())
                .isEqualTo(200);

        // the office records a decision of its own on the same accident
        var body = """
                {"regionCode":"152921","personName":"某副局长（虚构）","post":"阿拉善左旗应急管理局副局长",
                 "ground":"ACCIDENT_LEADERSHIP","forms":["ADMONITION"],"decidedOn":"%s",
                 "sourceKind":"ACCIDENT","sourceId":%d,"note":"阿左纪发〔2026〕1号（虚构）"}""".formatted(new Overdue(port).today(), accident);
        var recorded = Api.at(port).as("inspector").post("/api/v1/accountability-records", body);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("sourceId").asLong()).isEqualTo(accident);
        assertThat(recorded.json().get("sourceLabel").asString()).contains("北岭");
        assertThat(recorded.json().get("decisions").get(0).asString()).isEqualTo("accountabilityForm.ADMONITION");

        assertThat(Api.at(port)
                        .as("mine1")
                        .post("/api/v1/accountability-records", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .post("/api/v1/accountability-records", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/accountability-records", body.replace("ACCIDENT_LEADERSHIP", "NOPE"))
                        .status())
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("inspector")
                        .post(
                                "/api/v1/accountability-records",
                                body.replace("\"sourceId\":" + accident, "\"sourceId\":999999999"))
                        .status())
                .as("no such accident in the region")
                .isEqualTo(400);
    }

    @Test
    void theBoardAgreesWithTheScorecardAndACountyReadsNoOtherCountysBoardAndAnEnterpriseNone() {
        var board = Api.at(port).as("leader").get("/api/v1/accountability-board?regionCode=152921");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        assertThat(board.json().get("score").get("score").asInt())
                .isEqualTo(scorecard("").get("score").asInt());
        // on a past day of the year, the board's score is the scorecard's as of that day
        var today = new Overdue(port).today();
        var day = today.getDayOfYear() > 40 ? today.minusDays(40) : today;
        var then = Api.at(port).as("leader").get("/api/v1/accountability-board?regionCode=152921&asOf=" + day);
        assertThat(then.json().get("score").get("score").asInt())
                .isEqualTo(scorecard("&asOf=" + day).get("score").asInt());
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/assessments/" + today.getYear() + "?regionCode=152921&asOf="
                                + today.minusYears(1))
                        .status())
                .as("a day of another year")
                .isEqualTo(400);
        var secretary = board.json()
                .get("posts")
                .valueStream()
                .filter(p -> p.get("post").get("role").asString().equals("PARTY_SECRETARY"))
                .findFirst()
                .orElseThrow();
        assertThat(secretary.get("dutiesMissed").asLong()).isPositive();
        assertThat(board.json().get("accountability").size()).isPositive();

        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/accountability-board?regionCode=152921")
                        .status())
                .as("徐闻县 reads no board of 阿拉善左旗")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/accountability-board?regionCode=440825")
                        .status())
                .as("阿拉善左旗 reads no board of 徐闻县")
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/accountability-board?regionCode=152921")
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as("mine1").get("/api/v1/accountability-board").status())
                .isEqualTo(403);
        // the banner reads the league's matrix, but not the league's board: that holds the other banners' facts
        for (var path : java.util.List.of(
                "/api/v1/accountability-board?regionCode=152900",
                "/api/v1/idling-signals?regionCode=152900",
                "/api/v1/accountability-records?regionCode=150000",
                "/api/v1/summons/triggers?regionCode=150000",
                "/api/v1/assessments/" + new Overdue(port).today().getYear() + "?regionCode=152900")) {
            assertThat(Api.at(port).as("leader").get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/responsibility/152900")
                        .status())
                .as("who answers above it stays readable")
                .isEqualTo(200);
        int year = new Overdue(port).today().getYear();
        assertThat(Api.at(port).as("mine1").get("/api/v1/assessments/" + year).status())
                .isEqualTo(403);
    }
}
