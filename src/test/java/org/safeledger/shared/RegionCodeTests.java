package org.safeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTests {

    @ParameterizedTest
    @CsvSource({"150000, 15", "152900, 1529", "152921, 152921", "110100, 1101", "429004, 429004", "000000, ''"})
    void theSubtreeOfARegionIsItsSignificantPrefix(String code, String prefix) {
        assertThat(new RegionCode(code).subtreePrefix()).isEqualTo(prefix);
    }

    @Test
    void aLeagueContainsItsBannersButNotAnotherLeaguesOrAnotherProvince() {
        var alxa = new RegionCode("152900");

        assertThat(alxa.contains(new RegionCode("152921"))).isTrue();
        assertThat(alxa.contains(new RegionCode("152801"))).isFalse();
        assertThat(alxa.contains(new RegionCode("440825"))).isFalse();
        assertThat(RegionCode.COUNTRY.contains(new RegionCode("440825"))).isTrue();
    }

    @Test
    void refusesCodesThatAreNotSixDigits() {
        assertThatThrownBy(() -> new RegionCode("15292")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RegionCode("15292a")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aScopeOverlapsTheRegionsAboveAndBelowItButNotItsNeighbours() {
        var banner = DataScope.region(new RegionCode("152921"));

        assertThat(banner.coversRegion(new RegionCode("150000"))).isTrue();
        assertThat(banner.coversRegion(new RegionCode("152921"))).isTrue();
        assertThat(banner.coversRegion(new RegionCode("152922"))).isFalse();
        assertThat(DataScope.everything().coversRegion(new RegionCode("440825")))
                .isTrue();
    }

    @Test
    void lineageRunsFromTheRegionUpToItsProvince() {
        assertThat(new RegionCode("152921").lineage())
                .containsExactly(new RegionCode("152921"), new RegionCode("152900"), new RegionCode("150000"));
        assertThat(new RegionCode("152900").lineage())
                .containsExactly(new RegionCode("152900"), new RegionCode("150000"));
        assertThat(new RegionCode("150000").lineage()).containsExactly(new RegionCode("150000"));
        assertThat(RegionCode.COUNTRY.lineage()).isEmpty();
    }
}
