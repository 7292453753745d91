package org.safeledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Nobody hands out more than they hold: a county's administrator, an enterprise principal. */
@IntegrationTest
class AdministrationScopeIT {

    @LocalServerPort
    int port;

    Api countyAdmin;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private long departmentId(String demoUser) {
        return Api.at(port)
                .as(demoUser)
                .get("/api/v1/me")
                .json()
                .get("departmentId")
                .asLong();
    }

    @BeforeEach
    void aCountyAdministratorOfAlxaLeftBanner() {
        var username = unique("ca");
        var created = Api.at(port).as("admin").post("/api/v1/users", """
                {"username":"%s","displayName":"旗管理员","password":"county-admin-1","roles":["ADMINISTRATOR"],
                 "regionCode":"152921"}""".formatted(username));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        countyAdmin = Api.at(port).as(username, "county-admin-1");
    }

    @Test
    void aCountyAdministratorCannotCreateAccountsOutsideTheCounty() {
        var countryWide = countyAdmin.post("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"long-enough-1","roles":["ADMINISTRATOR"]}""".formatted(unique("cw")));
        var otherProvince = countyAdmin.post("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"long-enough-1","roles":["REGION_LEADER"],"regionCode":"440825"}""".formatted(unique("op")));
        var otherDepartment =
                countyAdmin.post("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"long-enough-1","roles":["INSPECTOR"],"departmentId":%d}""".formatted(unique("od"), departmentId("xwinspector")));
        var ownDepartment = countyAdmin.post("/api/v1/users", """
                {"username":"%s","displayName":"x","password":"long-enough-1","roles":["INSPECTOR"],"departmentId":%d}""".formatted(unique("ow"), departmentId("inspector")));

        assertThat(countryWide.status()).isEqualTo(403);
        assertThat(otherProvince.status()).isEqualTo(403);
        assertThat(otherDepartment.status()).isEqualTo(400);
        assertThat(otherDepartment.json().get("errors").get(0).get("field").asString())
                .isEqualTo("departmentId");
        assertThat(ownDepartment.status()).as(ownDepartment.body()).isEqualTo(201);
    }

    @Test
    void aCountyAdministratorSeesOnlyTheCountysAccounts() {
        var usernames = countyAdmin.get("/api/v1/users").json().findValuesAsString("username");

        assertThat(usernames).contains("inspector", "leader", "mine1").doesNotContain("admin", "xwinspector");
    }

    @Test
    void anEnterprisePrincipalAddsStaffToTheOwnEnterpriseOnly() {
        long mine1 = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        long mine2 = Api.at(port)
                .as("mine2")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var post = """
                {"name":"测试员工","posts":[{"kind":"%s","title":"班组长","enterpriseId":%d,"departmentId":%d}]}""";

        var own = Api.at(port).as("mine1").post("/api/v1/people", post.formatted("ENTERPRISE_STAFF", mine1, 0));
        var other = Api.at(port).as("mine1").post("/api/v1/people", post.formatted("ENTERPRISE_STAFF", mine2, 0));
        var asInspector = Api.at(port)
                .as("mine1")
                .post("/api/v1/people", post.formatted("INSPECTOR", mine1, departmentId("inspector")));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(400);
        assertThat(asInspector.status()).isEqualTo(403);
    }

    @Test
    void peopleAreSeenOnlyInsideTheScope() {
        var fishery =
                Api.at(port).as("xwinspector").get("/api/v1/people").json().findValuesAsString("name");
        var mine1 = Api.at(port).as("mine1").get("/api/v1/people").json().findValuesAsString("name");

        assertThat(fishery).doesNotContain("巴特尔", "李志刚");
        assertThat(mine1).contains("李志刚").doesNotContain("赵永明", "巴特尔");
    }
}
