package org.safeledger.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RegionApiIT {

    @LocalServerPort
    int port;

    @Test
    void answersAlxaLeftBannerWithItsGbt2260CodeNameLevelAndParent() {
        var region = Api.at(port).as("leader").get("/api/v1/regions/152921");

        assertThat(region.status()).isEqualTo(200);
        assertThat(region.json().get("code").asString()).isEqualTo("152921");
        assertThat(region.json().get("name").asString()).isEqualTo("阿拉善左旗");
        assertThat(region.json().get("level").asString()).isEqualTo("COUNTY");
        assertThat(region.json().get("parentCode").asString()).isEqualTo("152900");
    }

    @Test
    void listsAllTwelveLeaguesAndCitiesOfInnerMongoliaAndAllTwentyOneCitiesOfGuangdong() {
        var api = Api.at(port).as("leader");

        assertThat(api.get("/api/v1/regions/150000/children").json().size()).isEqualTo(12);
        assertThat(api.get("/api/v1/regions/440000/children").json().size()).isEqualTo(21);
        assertThat(api.get("/api/v1/regions/152900/children").json().findValuesAsString("name"))
                .containsExactly("阿拉善左旗", "阿拉善右旗", "额济纳旗");
    }

    @Test
    void coversTheWholeCountryDownToCounties() {
        var provinces = Api.at(port).as("leader").get("/api/v1/regions");

        assertThat(provinces.json().size()).isEqualTo(31);
        assertThat(Api.at(port)
                        .as("leader")
                        .get("/api/v1/regions/440106")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("天河区");
    }

    @Test
    void answersNotFoundForAnUnknownCodeAndUnauthorizedWithoutCredentials() {
        assertThat(Api.at(port).as("leader").get("/api/v1/regions/999999").status())
                .isEqualTo(404);
        var anonymous = Api.at(port).get("/api/v1/regions/152921");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
}
