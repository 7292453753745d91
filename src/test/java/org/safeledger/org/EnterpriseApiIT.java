package org.safeledger.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EnterpriseApiIT {

    @LocalServerPort
    int port;

    private Api inspector() {
        return Api.at(port).as("inspector");
    }

    private static String body(String name, String creditCode, String regionCode, String sector) {
        return """
                {"name":"%s","creditCode":"%s","regionCode":"%s","sector":"%s","address":"阿拉善左旗巴彦浩特镇测试路1号"}""".formatted(name, creditCode, regionCode, sector);
    }

    @Test
    void registersAnEnterpriseWithAValidCreditCodeAndReadsItBack() {
        var code = CreditCodes.fresh("152921");
        var created = inspector().post("/api/v1/enterprises", body("测试非煤矿山（测试）", code, "152921", "NON_COAL_MINE"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var read = inspector().get("/api/v1/enterprises/" + id);
        assertThat(read.json().get("creditCode").asString()).isEqualTo(code);
        assertThat(read.json().get("sectors").get(0).asString()).isEqualTo("NON_COAL_MINE");
        assertThat(read.json().get("version").asInt()).isZero();
    }

    @Test
    void refusesAWrongCheckCharacterWith400NamingCreditCode() {
        var valid = CreditCodes.fresh("152921");
        var wrongLast = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        var response = inspector().post("/api/v1/enterprises", body("校验码错误（测试）", wrongLast, "152921", "COAL_MINE"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("creditCode");
    }

    @Test
    void reportsEveryBadFieldAtOnceInTheRequestedLanguage() {
        var response = inspector().inEnglish().post("/api/v1/enterprises", """
                        {"name":"","creditCode":"91152921MA7D00","regionCode":"1529","sector":"COAL_MINE","address":"x"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .contains("name", "creditCode", "regionCode");
        assertThat(response.body()).contains("A unified social credit code has 18 characters.");
    }

    @Test
    void refusesUnknownSectorsAndRegionsNamingTheField() {
        var unknownSector = inspector()
                .post("/api/v1/enterprises", body("未知行业（测试）", CreditCodes.fresh("152921"), "152921", "MOON_MINING"));
        var unknownRegion = inspector()
                .post("/api/v1/enterprises", body("未知地区（测试）", CreditCodes.fresh("152921"), "152999", "COAL_MINE"));

        assertThat(unknownSector.status()).isEqualTo(400);
        assertThat(unknownSector.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sector");
        assertThat(unknownRegion.status()).isEqualTo(400);
        assertThat(unknownRegion.json().get("errors").get(0).get("field").asString())
                .isEqualTo("regionCode");
    }

    @Test
    void refusesASecondEnterpriseWithTheSameCreditCode() {
        var code = CreditCodes.fresh("152921");
        assertThat(inspector()
                        .post("/api/v1/enterprises", body("第一家（测试）", code, "152921", "COAL_MINE"))
                        .status())
                .isEqualTo(201);

        var second = inspector().post("/api/v1/enterprises", body("第二家（测试）", code, "152921", "COAL_MINE"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("creditCode");
    }

    @Test
    void refusesAnUpdateCarryingAStaleVersion() {
        var code = CreditCodes.fresh("152921");
        long id = inspector()
                .post("/api/v1/enterprises", body("版本测试（测试）", code, "152921", "COAL_MINE"))
                .json()
                .get("id")
                .asLong();
        var first = inspector()
                .put("/api/v1/enterprises/" + id + "?version=0", body("版本测试甲（测试）", code, "152921", "COAL_MINE"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        var stale = inspector()
                .put("/api/v1/enterprises/" + id + "?version=0", body("版本测试乙（测试）", code, "152921", "COAL_MINE"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(inspector()
                        .get("/api/v1/enterprises/" + id)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("版本测试甲（测试）");
    }

    @Test
    void answersMalformedJsonWith400NotA500() {
        var response = inspector().post("/api/v1/enterprises", "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
