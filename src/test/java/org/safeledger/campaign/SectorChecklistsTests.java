package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeledger.shared.Sector;
import org.springframework.core.io.DefaultResourceLoader;

class SectorChecklistsTests {

    private final SectorChecklists defaults =
            new SectorChecklists(new DefaultResourceLoader(), "classpath:campaign/default-checklists.json");

    @Test
    void everySectorTheSeedsNameHasASpecialRectificationChecklist() {
        for (var sector : Sector.values()) {
            assertThat(defaults.of(sector, CampaignKind.SPECIAL_RECTIFICATION))
                    .as(sector.name())
                    .isPresent();
        }
    }

    @Test
    void theLoadedStandardsAreCitedAndTheOtherSectorsKeyItemsAreMarkedUnconfirmed() {
        var coal = defaults.of(Sector.COAL_MINE, CampaignKind.SPECIAL_RECTIFICATION)
                .orElseThrow();
        assertThat(coal.standardCode()).isEqualTo("COAL_MINE_MAJOR");
        assertThat(coal.clauseNumbers()).contains("18.10");
        var gas =
                defaults.of(Sector.TOWN_GAS, CampaignKind.SPECIAL_RECTIFICATION).orElseThrow();
        assertThat(gas.standardCode()).isNull();
        assertThat(gas.itemTexts()).isNotEmpty().allMatch(t -> t.startsWith(SectorChecklists.UNCONFIRMED));
        assertThat(gas.itemTexts().get(0)).contains("建城规〔2023〕4号");
    }

    @Test
    void aFloodSeasonCampaignChecksAnOpenPitsSlopesDumpsAndDrainage() {
        var coal = defaults.of(Sector.COAL_MINE, CampaignKind.FLOOD_SEASON).orElseThrow();
        assertThat(coal.name()).contains("三防");
        assertThat(String.join("", coal.itemTexts())).contains("边坡", "排土场", "排水");
    }

    @Test
    void aSectorWithoutItsOwnSeasonalListTakesTheKindsListForEverySector() {
        var roads = defaults.of(Sector.ROAD_TRAFFIC, CampaignKind.FLOOD_SEASON).orElseThrow();
        assertThat(roads.sector()).isNull();
        var fire =
                defaults.of(Sector.CROWDED_PLACES, CampaignKind.FIRE_PREVENTION).orElseThrow();
        assertThat(fire.sector()).isEqualTo("CROWDED_PLACES");
    }

    @Test
    void aFileNamingAnUnknownSectorStopsTheStart() {
        assertThatThrownBy(() ->
                        new SectorChecklists(new DefaultResourceLoader(), "classpath:campaign/bad-checklists.json"))
                .hasMessageContaining("MOON_MINE");
    }
}
