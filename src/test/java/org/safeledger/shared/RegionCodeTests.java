package org.safeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
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
    void aSectorScopeCoversOnlyEnterprisesOfThoseSectorsInItsRegion() {
        var coalInspector = new DataScope(new RegionCode("152921"), Set.of(Sector.COAL_MINE), null);

        assertThat(coalInspector.covers(new RegionCode("152921"), Set.of(Sector.COAL_MINE), 1))
                .isTrue();
        assertThat(coalInspector.covers(new RegionCode("152921"), Set.of(Sector.TOWN_GAS), 1))
                .isFalse();
        assertThat(coalInspector.covers(new RegionCode("152922"), Set.of(Sector.COAL_MINE), 1))
                .isFalse();
        var oneEnterprise = new DataScope(new RegionCode("152921"), Set.of(), 7L);
        assertThat(oneEnterprise.covers(new RegionCode("152921"), Set.of(Sector.COAL_MINE), 8))
                .isFalse();
    }
}
