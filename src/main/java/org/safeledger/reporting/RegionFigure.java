package org.safeledger.reporting;

import org.safeledger.hazard.RegionTally;

/** One child region on the map: its figures, its points by the formula and its colour. */
public record RegionFigure(
        String regionCode,
        String name,
        RegionTally hazards,
        long accidents,
        long deaths,
        long majorRisks,
        long largerRisks,
        long points,
        MapColour colour) {

    public @org.jspecify.annotations.Nullable Double rectificationRate() {
        return hazards.rectificationRate();
    }
}
