package org.safeledger.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;

/**
 * What a statistic is asked for: a region (the reader's own by default), a sector (all the reader's by default) and a
 * period of days, inclusive (this year to today by default).
 */
public record StatisticsRequest(RegionCode region, @Nullable Sector sector, LocalDate from, LocalDate to) {

    /** The parameters as pages and the API give them; a malformed one is a 400 naming it. */
    public static StatisticsRequest of(
            Actor actor,
            @Nullable String regionCode,
            @Nullable String sector,
            @Nullable String from,
            @Nullable String to,
            LocalDate today) {
        var region = regionCode == null || regionCode.isBlank()
                ? actor.scope().region()
                : new RegionCode(regionCode.strip());
        var chosen = sector == null || sector.isBlank()
                ? null
                : Sector.fromCode(sector.strip())
                        .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", sector));
        var last = to == null || to.isBlank() ? today : InputValues.date("to", to);
        var first = from == null || from.isBlank() ? last.withDayOfYear(1) : InputValues.date("from", from);
        return new StatisticsRequest(region, chosen, first, last);
    }

    /** The same request one year earlier (the trend's comparison). */
    public StatisticsRequest yearEarlier() {
        return new StatisticsRequest(region, sector, from.minusYears(1), to.minusYears(1));
    }

    public StatisticsRequest in(RegionCode other) {
        return new StatisticsRequest(other, sector, from, to);
    }
}
