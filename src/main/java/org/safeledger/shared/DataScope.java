package org.safeledger.shared;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What part of the world a user may see: a region subtree, optionally narrowed to sectors (a department's
 * remit) or to one enterprise. Queries apply it as one parameterised predicate (see {@link ScopeSql}).
 */
public record DataScope(
        RegionCode region, Set<Sector> sectors, @Nullable Long enterpriseId) {

    public DataScope {
        sectors = Set.copyOf(sectors);
    }

    public static DataScope everything() {
        return new DataScope(RegionCode.COUNTRY, Set.of(), null);
    }

    public static DataScope region(RegionCode region) {
        return new DataScope(region, Set.of(), null);
    }

    /**
     * The scope limited to a region (a statistic's or a list's chosen region): that region when it lies in the
     * scope's, the scope itself when the region contains it; a region apart from the scope is refused (403).
     */
    public DataScope narrowedTo(@Nullable RegionCode chosen) {
        if (chosen == null || chosen.contains(region)) {
            return this;
        }
        if (!region.contains(chosen)) {
            throw new ForbiddenException("error.scope.region", chosen.value());
        }
        return new DataScope(chosen, sectors, enterpriseId);
    }

    /** Whether the region overlaps the scope's region: one contains the other. */
    public boolean coversRegion(RegionCode code) {
        return region.contains(code) || code.contains(region);
    }
}
