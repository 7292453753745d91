package org.safeledger.hazard.web;

import java.util.EnumSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardFilter;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;

/**
 * The ledger's query parameters as the API and the pages receive them (strings), turned into a
 * {@link HazardFilter}: every unknown code or malformed date is a 400 naming its parameter, and a region outside
 * the reader's scope is a 403.
 */
record LedgerQuery(
        @Nullable String regionCode,
        @Nullable Long enterpriseId,
        @Nullable String sector,
        @Nullable String grade,
        @Nullable String status,
        @Nullable Boolean overdue,
        @Nullable Integer tier,
        @Nullable Boolean listed,
        @Nullable String source,
        @Nullable String from,
        @Nullable String to,
        @Nullable String q,
        @Nullable String sort,
        @Nullable Long riskPoint,
        @Nullable Boolean suspended,
        @Nullable String closedFrom,
        @Nullable String closedTo) {

    /** Only a region: the escalation view's parameter, checked as the ledger's is. */
    static LedgerQuery region(@Nullable String regionCode) {
        return new LedgerQuery(
                regionCode,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    HazardFilter toFilter(Actor actor, RegionDirectory regions) {
        String prefix = null;
        if (present(regionCode)) {
            var region = regions.require("regionCode", regionCode.strip()).regionCode();
            if (!actor.scope().coversRegion(region)) {
                throw new ForbiddenException("error.scope.region", region.value());
            }
            prefix = region.subtreePrefix();
        }
        var statuses = EnumSet.noneOf(HazardStatus.class);
        if (present(status)) {
            for (var code : status.split(",")) {
                statuses.add(InputValues.code(HazardStatus.class, "status", code));
            }
        }
        return new HazardFilter(
                prefix,
                enterpriseId,
                present(sector)
                        ? Sector.fromCode(sector.strip())
                                .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", sector))
                        : null,
                present(grade) ? InputValues.code(HazardGrade.class, "grade", grade) : null,
                statuses,
                overdue,
                checkedTier(),
                listed,
                present(source) ? InputValues.code(HazardSource.class, "source", source) : null,
                InputValues.date("from", from),
                InputValues.date("to", to),
                present(q) ? q.strip() : null,
                present(sort)
                        ? InputValues.code(HazardFilter.HazardSort.class, "sort", sort.toUpperCase(Locale.ROOT))
                        : HazardFilter.HazardSort.DISCOVERED_DESC,
                riskPoint,
                suspended,
                InputValues.date("closedFrom", closedFrom),
                InputValues.date("closedTo", closedTo));
    }

    private @Nullable Integer checkedTier() {
        if (tier != null && (tier < 1 || tier > org.safeledger.hazard.Hazard.MAX_ESCALATION_TIER)) {
            throw new InvalidInputException("tier", "error.hazard.tier", tier);
        }
        return tier;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
