package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What each demo user may see and change: region subtree, sectors, enterprise. */
@IntegrationTest
class DataScopeIT {

    @LocalServerPort
    int port;

    private long enterpriseIdOf(String demoUser) {
        return Api.at(port)
                .as(demoUser)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
    }

    @Test
    void anEnterpriseUserCannotReadAnotherEnterprise() {
        long mine1 = enterpriseIdOf("mine1");
        long mine2 = enterpriseIdOf("mine2");

        assertThat(Api.at(port).as("mine1").get("/api/v1/enterprises/" + mine1).status())
                .isEqualTo(200);
        assertThat(Api.at(port).as("mine1").get("/api/v1/enterprises/" + mine2).status())
                .isEqualTo(404);
        var list = Api.at(port).as("mine1").get("/api/v1/enterprises").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(mine1);
    }

    @Test
    void aCountyInspectorCannotReadAnotherCounty() {
        long alxaMine = enterpriseIdOf("mine1");
        var guangdong = Api.at(port).as("xwinspector");

        assertThat(guangdong.get("/api/v1/enterprises/" + alxaMine).status()).isEqualTo(404);
        assertThat(guangdong.get("/api/v1/enterprises?regionCode=152921").status())
                .isEqualTo(403);
        assertThat(guangdong
                        .get("/api/v1/enterprises?size=500")
                        .json()
                        .get("items")
                        .findValuesAsString("regionCode"))
                .isNotEmpty()
                .allMatch(code -> code.equals("440825"));
    }

    @Test
    void anInspectorSeesOnlyTheSectorsHisDepartmentSupervises() {
        var inspector = Api.at(port).as("inspector");

        assertThat(total(inspector, "宏岩露天煤矿")).isEqualTo(1);
        assertThat(total(inspector, "城镇燃气")).isZero();
        assertThat(total(Api.at(port).as("leader"), "城镇燃气")).isEqualTo(1);
    }

    @Test
    void aRegionLeaderSeesEveryEnterpriseOfTheRegionButNoOther() {
        var leader = Api.at(port).as("leader");

        assertThat(total(leader, "宏岩露天煤矿")).isEqualTo(1);
        assertThat(total(leader, "瀚海精细化工")).isEqualTo(1);
        assertThat(total(leader, "南海购物广场")).isZero();
        assertThat(leader.get("/api/v1/enterprises?size=500")
                        .json()
                        .get("items")
                        .findValuesAsString("regionCode"))
                .allMatch(code -> code.equals("152921"));
    }

    private static long total(Api api, String text) {
        var encoded = java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        return api.get("/api/v1/enterprises?q=" + encoded).json().get("total").asLong();
    }

    @Test
    void writesOutsideRoleOrScopeAreForbidden() {
        var body = """
                {"name":"越权（测试）","creditCode":"%s","regionCode":"%s","sector":"COAL_MINE","address":"x"}""";

        var byEnterpriseUser = Api.at(port)
                .as("mine1")
                .post("/api/v1/enterprises", body.formatted(CreditCodes.fresh("152921"), "152921"));
        var intoAnotherProvince = Api.at(port)
                .as("inspector")
                .post("/api/v1/enterprises", body.formatted(CreditCodes.fresh("440825"), "440825"));
        var outsideSectors = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/enterprises",
                        body.formatted(CreditCodes.fresh("152921"), "152921")
                                .replace("COAL_MINE", "TOURIST_FACILITIES"));

        assertThat(byEnterpriseUser.status()).isEqualTo(403);
        assertThat(intoAnotherProvince.status()).isEqualTo(403);
        assertThat(outsideSectors.status()).isEqualTo(403);
    }

    @Test
    void withoutCredentialsEveryApiAnswers401() {
        assertThat(Api.at(port).get("/api/v1/enterprises").status()).isEqualTo(401);
        assertThat(Api.at(port).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.at(port)
                        .as("nobody-here", "wrong-password")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        assertThat(Api.at(port).as("inspector").get("/api/v1/users").status()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get("/api/v1/users").status()).isEqualTo(200);
        assertThat(Api.at(port).as("leader").get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(Api.at(port).get("/actuator/health").status()).isEqualTo(200);
    }
}
