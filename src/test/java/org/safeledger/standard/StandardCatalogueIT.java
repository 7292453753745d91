package org.safeledger.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue loads the 2020 coal-mine standard completely from its data file; the version in force on a date is
 * the one a hazard is judged against; a new version closes the old one; clauses are found by number and Chinese
 * text; only administrators load versions.
 */
@IntegrationTest
class StandardCatalogueIT {

    @LocalServerPort
    int port;

    private JsonNode coal() {
        var response = Api.at(port).as("mine1").get("/api/v1/standards/COAL_MINE_MAJOR/versions/MEM-4-2020");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void theCoalMineStandardOf2020IsLoadedCompletely() {
        var coal = coal();
        var clauses = coal.get("clauses");
        int aspects = 0;
        int items = 0;
        for (var c : clauses) {
            if (c.get("kind").asString().equals("ASPECT")) {
                aspects++;
            } else {
                items++;
            }
        }
        assertThat(aspects).isEqualTo(15);
        assertThat(items).isEqualTo(81); // "从15个方面列举了81种" (the NMSA interpretation)
        assertThat(coal.get("version").get("documentNumber").asString()).isEqualTo("应急管理部令第4号");
        assertThat(coal.get("version").get("effectiveFrom").asString()).isEqualTo("2021-01-01");
        assertThat(coal.get("version").get("warning").asString()).contains("应急管理部令第21号");
        var slope = find(clauses, "18.10");
        assertThat(slope.get("text").asString()).isEqualTo("（十）露天煤矿边坡角大于设计最大值，或者边坡发生严重变形未及时采取措施进行治理的；");
        assertThat(slope.get("parentNumber").asString()).isEqualTo("3.15");
        assertThat(find(clauses, "4.1").get("text").asString()).contains("核定（设计）生产能力幅度在10%以上");
        assertThat(find(clauses, "18.11").get("unconfirmed").asBoolean()).isTrue();
        assertThat(find(clauses, "18.10").get("unconfirmed").asBoolean()).isFalse();
    }

    @Test
    void theContractsClauseListPagesTheVersionInForce() {
        var page = Api.at(port)
                .as("mine1")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?size=20&page=4&sector=COAL_MINE")
                .json();
        assertThat(page.get("total").asInt()).isEqualTo(96);
        assertThat(page.get("items")).hasSize(16);
        var slope = Api.at(port)
                .as("mine1")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=18.10")
                .json()
                .get("items")
                .get(0);
        assertThat(slope.get("number").asString()).isEqualTo("18.10");
        assertThat(slope.get("textEn").asString()).contains("slope angle");
        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?sector=FIRE_SAFETY")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        var listed = Api.at(port).as("mine1").get("/api/v1/standards").body();
        assertThat(listed).contains("\"version\":\"MEM-4-2020\"");
    }

    @Test
    void theHazardousChemicalsStandardOf2017HasItsTwentyItems() {
        var hazchem = Api.at(port)
                .as("chem1")
                .get("/api/v1/standards/HAZARDOUS_CHEMICALS_MAJOR/versions/SAWS-121-2017")
                .json();
        assertThat(hazchem.get("clauses")).hasSize(20);
        assertThat(find(hazchem.get("clauses"), "7").get("text").asString())
                .isEqualTo("（七）液化烃、液氨、液氯等易燃易爆、有毒有害液化气体的充装未使用万向管道充装系统。");
        assertThat(hazchem.get("version").get("sectors").toString()).contains("HAZARDOUS_CHEMICALS");
    }

    @Test
    void theOpenPitPartOfTheMetalAndNonMetalMineStandardSaysWhatIsMissing() {
        var mines = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/METAL_NONMETAL_MINE_MAJOR/versions/KA-88-2022")
                .json();
        var clauses = mines.get("clauses");
        assertThat(clauses).hasSize(20);
        assertThat(find(clauses, "2.4").get("text").asString()).isEqualTo("（四）工作帮坡角大于设计工作帮坡角，或者最终边坡台阶高度超过设计高度。");
        assertThat(find(clauses, "2.7.1").get("parentNumber").asString()).isEqualTo("2.7");
        assertThat(find(clauses, "2.9").get("unconfirmed").asBoolean()).isTrue();
        assertThat(find(clauses, "2.4").get("unconfirmed").asBoolean()).isFalse();
        assertThat(mines.get("version").get("warning").asString()).contains("underground");
    }

    @Test
    void theIndustryAndTradeStandardLoadsWhatTheSourcesConfirmAndSaysTheRestIsMissing() {
        var trade = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/INDUSTRY_TRADE_MAJOR/versions/MEM-10-2023")
                .json();
        var clauses = trade.get("clauses");
        assertThat(clauses).hasSize(9); // articles 3 and 4 as aspects, 3 + 4 items
        assertThat(find(clauses, "3.2").get("text").asString()).isEqualTo("（二）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的；");
        assertThat(find(clauses, "4.1").get("parentNumber").asString()).isEqualTo("4");
        assertThat(find(clauses, "4.4").get("unconfirmed").asBoolean()).isTrue();
        assertThat(find(clauses, "4.3").get("unconfirmed").asBoolean()).isFalse();
        assertThat(trade.get("version").get("effectiveFrom").asString()).isEqualTo("2023-05-15");
        assertThat(trade.get("version").get("warning").asString()).contains("7 of the standard's 64 items");
    }

    @Test
    void clausesAreFoundByNumberAndByChineseText() {
        var byText = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/clauses?q=" + java.net.URLEncoder.encode("边坡角", StandardCharsets.UTF_8))
                .json();
        assertThat(numbers(byText)).contains("18.10");
        var byNumber = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/clauses?q=18.10&code=COAL_MINE_MAJOR")
                .json();
        assertThat(numbers(byNumber)).containsExactly("18.10");
        // before the standard was in force, nothing of it applies
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/standards/clauses?q=18.10&date=2020-06-01")
                        .json())
                .isEmpty();
        assertThat(Api.at(port).as("inspector").get("/api/v1/standards/clauses").status())
                .isEqualTo(400);
        assertThat(Api.at(port).get("/api/v1/standards").status()).isEqualTo(401);
    }

    @Test
    void aNewVersionClosesTheOldOneAndEachDateHasItsVersion() {
        var code = "TEST_STANDARD_" + System.nanoTime() % 1_000_000;
        assertThat(load("admin", file(code, "V1", "2021-01-01", "旧版条文")).status())
                .isEqualTo(201);
        var second = load("admin", file(code, "V2", "2026-07-01", "新版条文"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        assertThat(inForce(code, "2026-06-30").get("version").get("versionKey").asString())
                .isEqualTo("V1");
        assertThat(inForce(code, "2026-07-01").get("version").get("versionKey").asString())
                .isEqualTo("V2");
        var old = Api.at(port)
                .as("admin")
                .get("/api/v1/standards/" + code + "/versions/V1")
                .json();
        assertThat(old.get("version").get("effectiveTo").asString()).isEqualTo("2026-06-30");
        assertThat(old.get("clauses").get(1).get("text").asString()).isEqualTo("旧版条文");
        assertThat(Api.at(port)
                        .as("admin")
                        .get("/api/v1/standards/" + code + "/in-force?date=2020-01-01")
                        .status())
                .isEqualTo(404);

        // versions are never replaced, and a new one must be newer
        assertThat(load("admin", file(code, "V2", "2027-01-01", "x")).status()).isEqualTo(409);
        var older = load("admin", file(code, "V0", "2020-01-01", "x"));
        assertThat(older.status()).isEqualTo(400);
        assertThat(older.body()).contains("effectiveFrom");
    }

    @Test
    void onlyAdministratorsLoadAndABadFileIsRefusedNamingWhy() {
        var code = "TEST_DENIED_" + System.nanoTime() % 1_000_000;
        assertThat(load("inspector", file(code, "V1", "2021-01-01", "x")).status())
                .isEqualTo(403);
        assertThat(Api.at(port)
                        .as("admin")
                        .get("/api/v1/standards/" + code + "/versions/V1")
                        .status())
                .isEqualTo(404);
        var broken = load("admin", "{\"code\":".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("file");
        var badParent = load(
                "admin",
                new String(file(code, "V1", "2021-01-01", "x"), StandardCharsets.UTF_8)
                        .replace("\"parent\":\"1\"", "\"parent\":\"9\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(badParent.status()).isEqualTo(400);
        assertThat(badParent.body()).contains("clauses");
        var badSector = load(
                "admin",
                new String(file(code, "V1", "2021-01-01", "x"), StandardCharsets.UTF_8)
                        .replace("COAL_MINE", "MOON_BASE")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(badSector.status()).isEqualTo(400);
        assertThat(badSector.body()).contains("sectors");
    }

    private Api.Response load(String user, byte[] file) {
        return Api.at(port).as(user).upload("/api/v1/standards", "standard.json", file);
    }

    private JsonNode inForce(String code, String date) {
        var response = Api.at(port).as("admin").get("/api/v1/standards/" + code + "/in-force?date=" + date);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static byte[] file(String code, String version, String from, String itemText) {
        return """
                {"code":"%s","title":"测试标准","issuer":"测试","documentNumber":"测试令第1号","versionKey":"%s",
                 "effectiveFrom":"%s","sectors":["COAL_MINE"],"source":"test",
                 "clauses":[{"number":"1","parent":null,"kind":"ASPECT","text":"第一方面","unconfirmed":false},
                            {"number":"1.1","parent":"1","kind":"ITEM","text":"%s","unconfirmed":false}]}""".formatted(code, version, from, itemText).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode clauses, String number) {
        for (var c : clauses) {
            if (c.get("number").asString().equals(number)) {
                return c;
            }
        }
        throw new AssertionError("no clause " + number);
    }

    private static List<String> numbers(JsonNode clauses) {
        var numbers = new ArrayList<String>();
        clauses.forEach(c -> numbers.add(c.get("number").asString()));
        return numbers;
    }
}
