package org.safeledger.reporting;

/**
 * The region map's formula: a region's points are the weighted sum of its open major hazards, overdue
 * rectifications, those escalated to the leaders, accidents and deaths in the period, and risk points at the two
 * upper levels; the colour is the highest whose threshold the points reach (docs/statistics.md).
 */
final class RegionColours {

    private RegionColours() {}

    /** The facts of one region that the formula weighs. */
    record Facts(
            long majorHazards,
            long overdue,
            long escalated,
            long accidents,
            long deaths,
            long majorRisks,
            long largerRisks) {}

    static long points(Facts f, StatisticsProperties.Colour w) {
        return f.majorHazards() * w.majorHazard()
                + f.overdue() * w.overdue()
                + f.escalated() * w.escalated()
                + f.accidents() * w.accident()
                + f.deaths() * w.death()
                + f.majorRisks() * w.majorRisk()
                + f.largerRisks() * w.largerRisk();
    }

    static MapColour colour(long points, StatisticsProperties.Colour w) {
        if (points >= w.redAt()) {
            return MapColour.RED;
        }
        if (points >= w.orangeAt()) {
            return MapColour.ORANGE;
        }
        if (points >= w.yellowAt()) {
            return MapColour.YELLOW;
        }
        return MapColour.BLUE;
    }
}
