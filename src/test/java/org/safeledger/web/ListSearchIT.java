package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding things from the pages: a hazard by its number, a region by its name (within the reader's scope only),
 * accidents and enforcement documents by text and their codes, and the open hazards a document may concern.
 */
@IntegrationTest
class ListSearchIT {

    @LocalServerPort
    int port;

    private long mine() {
        return Api.at(port).as("mine1").enterpriseId();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aHazardIsFoundByItsNumberAsThePageShowsIt() {
        var title = "按编号查找" + UUID.randomUUID().toString().substring(0, 6);
        long id = Api.at(port)
                .as("mine1")
                .post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"%s","description":"d","location":"l","sector":"COAL_MINE",
                         "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                                mine(), title, OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();
        var found = Api.at(port)
                .as("mine1")
                .get("/api/v1/hazards?q=" + encoded("#" + id))
                .json();
        assertThat(found.get("items").toString()).contains(title);
        var page = new PageClient(port).signIn("mine1", "demo2026");
        assertThat(page.get("/hazards/" + id).body()).contains("#" + id);
        assertThat(page.get("/hazards?q=" + id).body()).contains(title);
        // another enterprise's reader finds nothing by the number (bare digits are also free text, which may match
        // the other mine's own hazards)
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/hazards?q=" + encoded("#" + id))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void theRegionPickerFindsRegionsByNameInTheReadersScopeOnly() {
        var query = "/org/regions/options?q=" + encoded("阿拉善左旗");
        assertThat(new PageClient(port)
                        .signIn("inspector", "demo2026")
                        .get(query)
                        .body())
                .contains("<option value=\"152921\">阿拉善左旗</option>");
        assertThat(new PageClient(port)
                        .signIn("xwinspector", "demo2026")
                        .get(query)
                        .body())
                .doesNotContain("阿拉善");
        // the ledger's filter offers names, not a code field
        assertThat(new PageClient(port)
                        .signIn("leader", "demo2026")
                        .get("/hazards")
                        .body())
                .contains("id=\"regionCode\"")
                .contains(">阿拉善左旗</option>")
                .doesNotContain("pattern=\"\\d{6}\"");
    }

    @Test
    void accidentsAreFilteredByTextLevelAndDays() {
        var api = Api.at(port).as("provduty");
        var extra = api.get("/api/v1/accidents?level=EXTRA_SERIOUS").json().get("items");
        assertThat(extra.toString()).contains("示例北岭矿业");
        extra.forEach(a -> assertThat(a.get("level").asString() + " "
                        + a.get("provisionalLevel").asString())
                .contains("EXTRA_SERIOUS"));
        var byName = api.get("/api/v1/accidents?q=" + encoded("北岭")).json().get("items");
        assertThat(byName.size()).isPositive();
        byName.forEach(a -> assertThat(a.get("enterpriseName").asString()
                        + a.get("place").asString()
                        + a.get("summary").asString())
                .contains("北岭"));
        // the text is matched literally: % is not a wildcard
        assertThat(api.get("/api/v1/accidents?q=%25").json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/accidents?q=" + encoded("没有这样的地点" + UUID.randomUUID()))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/accidents?level=HUGE").status()).isEqualTo(400);
        var future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThat(api.get("/api/v1/accidents?from=" + future)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(new PageClient(port)
                        .signIn("provduty", "demo2026")
                        .get("/accidents?level=EXTRA_SERIOUS")
                        .body())
                .contains("示例北岭矿业");
    }

    @Test
    void documentsAreFoundByNumberAndTheFormListsTheEnterprisesOpenHazards() {
        var title = "文书勾选隐患" + UUID.randomUUID().toString().substring(0, 6);
        long hazard = Api.at(port)
                .as("inspector")
                .post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"%s","description":"d","location":"l","sector":"COAL_MINE",
                         "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(
                                mine(), title, OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();
        var inspector = new PageClient(port).signIn("inspector", "demo2026");
        var options = inspector
                .get("/enforcement/hazard-options?enterpriseId=" + mine())
                .body();
        assertThat(options).contains("value=\"" + hazard + "\"").contains(title);
        assertThat(new PageClient(port)
                        .signIn("xwinspector", "demo2026")
                        .get("/enforcement/hazard-options?enterpriseId=" + mine())
                        .body())
                .doesNotContain(title);

        var issued = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d],"deadline":"%s"}""".formatted(
                mine(), hazard, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)));
        var number = issued.json().get("number").asString();
        assertThat(inspector.get("/enforcement?q=" + encoded(number)).body()).contains(number);
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/enforcement-documents?type=PENALTY_DECISION&q=" + encoded(number))
                        .json()
                        .size())
                .isZero();
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/enforcement-documents?ack=MAYBE")
                        .status())
                .isEqualTo(400);
    }
}
