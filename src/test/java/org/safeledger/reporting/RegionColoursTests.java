package org.safeledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The region map's formula (docs/statistics.md), with the default weights and thresholds. */
class RegionColoursTests {

    private static final StatisticsProperties.Colour DEFAULTS =
            new StatisticsProperties.Colour(3, 1, 2, 5, 10, 2, 1, 5, 15, 30);

    private static long points(
            long major, long overdue, long escalated, long accidents, long deaths, long red, long orange) {
        return RegionColours.points(
                new RegionColours.Facts(major, overdue, escalated, accidents, deaths, red, orange), DEFAULTS);
    }

    @Test
    void aRegionWithNothingOpenAndNoAccidentIsBlue() {
        assertThat(RegionColours.colour(points(0, 0, 0, 0, 0, 0, 0), DEFAULTS)).isEqualTo(MapColour.BLUE);
    }

    @Test
    void eachFactWeighsItsPointsAndEscalatedOverdueItemsCountTwice() {
        assertThat(points(1, 0, 0, 0, 0, 0, 0)).isEqualTo(3);
        assertThat(points(0, 1, 1, 0, 0, 0, 0))
                .as("an overdue item escalated to the leaders")
                .isEqualTo(3);
        assertThat(points(0, 0, 0, 1, 2, 0, 0)).isEqualTo(25);
        assertThat(points(0, 0, 0, 0, 0, 1, 1)).isEqualTo(3);
    }

    @Test
    void theColourIsTheHighestThresholdReached() {
        assertThat(RegionColours.colour(4, DEFAULTS)).isEqualTo(MapColour.BLUE);
        assertThat(RegionColours.colour(5, DEFAULTS)).isEqualTo(MapColour.YELLOW);
        assertThat(RegionColours.colour(14, DEFAULTS)).isEqualTo(MapColour.YELLOW);
        assertThat(RegionColours.colour(15, DEFAULTS)).isEqualTo(MapColour.ORANGE);
        assertThat(RegionColours.colour(30, DEFAULTS)).isEqualTo(MapColour.RED);
    }

    @Test
    void oneDeathMakesARegionRedOnlyWithTheAccidentThatCausedItUnderTheDefaults() {
        assertThat(RegionColours.colour(points(0, 0, 0, 1, 1, 0, 0), DEFAULTS)).isEqualTo(MapColour.ORANGE);
        assertThat(RegionColours.colour(points(0, 0, 0, 1, 3, 0, 0), DEFAULTS)).isEqualTo(MapColour.RED);
    }
}
