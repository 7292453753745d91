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

    /** Whether the region overlaps the scope's region: one contains the other. */
    public boolean coversRegion(RegionCode code) {
        return region.contains(code) || code.contains(region);
    }
}
