package org.safeledger.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Meetings through the API on PostgreSQL: the banner's leader records an executive meeting whose decisions become
 * items of origin DIRECTIVE owned by posts — the holder told, the department carrying it out answering for it; who
 * may record and read one; and the demo's tour and meeting as the issue describes them.
 */
@IntegrationTest
class MeetingIT {

    @LocalServerPort
    int port;

    private LocalDate today() {
        return new Overdue(port).today();
    }

    /** A post of the banner a decision may be owned by, as the API lists them to the leader recording a meeting. */
    private long post(String title) {
        var owners = Api.at(port).as("leader").get("/api/v1/meetings/owners");
        assertThat(owners.status()).as(owners.body()).isEqualTo(200);
        for (var o : owners.json()) {
            if (o.get("title").asString().equals(title)) {
                return o.get("postId").asLong();
            }
        }
        throw new AssertionError("no post " + title + " in " + owners.body());
    }

    @Test
    void onlyARegionsLeadersReadThePostsADecisionMayBeOwnedBy() {
        assertThat(Api.at(port).as("mine1").get("/api/v1/meetings/owners").status())
                .isEqualTo(403);
        assertThat(Api.at(port).as("inspector").get("/api/v1/meetings/owners").status())
                .isEqualTo(403);
    }

    @Test
    void aMeetingsDecisionsBecomeItemsOwnedByPostsAndCarriedOutByTheirDepartments() {
        long bureau = Api.at(port).as("inspector").departmentId();
        long owner = post("副旗长（分管安全生产）");
        var topic = "旗安委会第4次全体会议" + System.nanoTime() % 10000;
        var created = Api.at(port).as("leader").post("/api/v1/meetings", """
                {"kind":"SAFETY_COMMITTEE","regionCode":"152921","heldOn":"%s","topic":"%s",
                 "decisions":[{"title":"冬季矿山安全专项检查","responsible":{"kind":"DEPARTMENT","id":%d},
                               "ownerPostId":%d,"deadline":"%s"}]}""".formatted(
                        today().minusDays(1), topic, bureau, owner, today().plusDays(30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var decision = created.json().get("decisions").get(0);
        assertThat(decision.get("owner").get("name").asString()).isEqualTo("王建国");
        assertThat(decision.get("responsible").get("name").asString()).isEqualTo("阿拉善左旗应急管理局");
        long item = decision.get("rectificationId").asLong();
        var asBureau = Api.at(port)
                .as("inspector")
                .get("/api/v1/rectifications/" + item)
                .json();
        assertThat(asBureau.get("origin").asString()).isEqualTo("DIRECTIVE");
        assertThat(asBureau.get("standing").asString()).isEqualTo("RESPONSIBLE");
        assertThat(asBureau.get("assigner").get("name").asString()).isEqualTo("阿拉善左旗人民政府");
        assertThat(asBureau.get("assignedOn").asString())
                .isEqualTo(today().minusDays(1).toString());
        // the post's holder, whose account is linked to the person, is told
        var told = false;
        for (var n : Api.at(port)
                .as("leader")
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            told |= n.get("kind").asString().equals("DIRECTIVE_OWNED")
                    && n.get("subject").asString().equals("rectification:" + item);
        }
        assertThat(told).isTrue();
        // read by the region and above; never by an enterprise; recorded only by the region's own leaders
        assertThat(Api.at(port)
                        .as("leagueleader")
                        .get("/api/v1/meetings/" + created.json().get("id").asLong())
                        .status())
                .isEqualTo(200);
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/meetings/" + created.json().get("id").asLong())
                        .status())
                .isEqualTo(404);
        var body = """
                {"kind":"GOVERNMENT_EXECUTIVE","regionCode":"152921","heldOn":"%s","topic":"t",
                 "decisions":[{"title":"x","responsible":{"kind":"DEPARTMENT","id":%d},"ownerPostId":%d,"deadline":"%s"}]}""".formatted(today(), bureau, owner, today().plusDays(5));
        assertThat(Api.at(port).as("inspector").post("/api/v1/meetings", body).status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("leagueleader")
                        .post("/api/v1/meetings", body)
                        .status())
                .isEqualTo(403);
        // bad input: an unknown post, a deadline before the meeting, no decisions at all
        assertThat(Api.at(port)
                        .as("leader")
                        .post("/api/v1/meetings", body.replace("\"ownerPostId\":" + owner, "\"ownerPostId\":999999"))
                        .status())
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("leader")
                        .post(
                                "/api/v1/meetings",
                                body.replace(
                                        today().plusDays(5).toString(),
                                        today().minusDays(5).toString()))
                        .status())
                .isEqualTo(400);
        var empty = Api.at(port).as("leader").post("/api/v1/meetings", """
                {"kind":"GOVERNMENT_EXECUTIVE","regionCode":"152921","heldOn":"%s","topic":"t","decisions":[]}""".formatted(today()));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    }

    @Test
    void beforeTheDeadlineTheHandlerAndTheResponsibleLeaderAreRemindedOnceForThatDeadline() {
        long bureau = Api.at(port).as("inspector").departmentId();
        long owner = post("副旗长（分管安全生产）");
        var created = Api.at(port).as("leader").post("/api/v1/meetings", """
                {"kind":"GOVERNMENT_EXECUTIVE","regionCode":"152921","heldOn":"%s","topic":"督办提醒%d",
                 "decisions":[{"title":"节前矿山安全检查%d","responsible":{"kind":"DEPARTMENT","id":%d},
                               "ownerPostId":%d,"deadline":"%s"}]}""".formatted(
                today(), System.nanoTime() % 10000, System.nanoTime() % 10000, bureau, owner, today().plusDays(3)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long item =
                created.json().get("decisions").get(0).get("rectificationId").asLong();
        for (int run = 0; run < 2; run++) {
            var swept = Api.at(port).as("admin").post("/api/v1/admin/jobs/rectification-sweep/run", "");
            assertThat(swept.status()).as(swept.body()).isEqualTo(200);
        }
        assertThat(count("inspector", item, "RECTIFICATION_DUE_SOON"))
                .as("the handler, once")
                .isEqualTo(1);
        assertThat(count("leader", item, "RECTIFICATION_DUE_SOON"))
                .as("the responsible leader, once")
                .isEqualTo(1);
        assertThat(count("mine1", item, "RECTIFICATION_DUE_SOON")).isZero();
    }

    private int count(String user, long item, String kind) {
        int n = 0;
        for (var x : Api.at(port)
                .as(user)
                .get("/api/v1/notifications?size=500")
                .json()
                .get("items")) {
            if (x.get("kind").asString().equals(kind)
                    && x.get("subject").asString().equals("rectification:" + item)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theDemoHoldsTheLeaguesToursSecondHalfAndTheBannersExecutiveMeetingWithThreeDecisions() {
        JsonNode meeting = null;
        for (var m : Api.at(port).as("leader").get("/api/v1/meetings").json()) {
            if (m.get("topic").asString().startsWith("旗政府第15次常务会议")) {
                meeting = m;
            }
        }
        assertThat(meeting).isNotNull();
        assertThat(meeting.get("decisions")).hasSize(3);
        assertThat(meeting.get("decisions").toString()).contains("副旗长（分管交通运输、自然资源）");

        JsonNode tour = null;
        for (var t : Api.at(port).as("leagueduty").get("/api/v1/tours").json()) {
            if (t.get("title").asString().endsWith("（虚构）")) {
                tour = t;
            }
        }
        assertThat(tour).isNotNull();
        assertThat(tour.get("findings").get("total").asInt()).isEqualTo(3);
        assertThat(tour.get("findings").get("closed").asInt()).isEqualTo(1);
        assertThat(tour.get("findings").get("overdue").asInt()).isEqualTo(1);
        assertThat(tour.get("findings").get("worst").asString()).isEqualTo("RED");
        assertThat(tour.get("principalReport").get("received").asInt()).isZero();
        assertThat(tour.get("samples")).hasSize(1);
        var findings = Api.at(port)
                .as("leagueduty")
                .get("/api/v1/tours/" + tour.get("id").asLong() + "/findings")
                .json();
        var red = findings.get(0);
        assertThat(red.get("supervision").asString()).isEqualTo("RED");
        var item = Api.at(port)
                .as("leader")
                .get("/api/v1/rectifications/" + red.get("rectificationId").asLong())
                .json();
        assertThat(item.get("escalationTier").asInt()).isGreaterThan(0);
        assertThat(findings.get(2).get("hazardId").isNull()).isFalse();
    }
}
