package org.safeledger.org;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;

/** A GB/T 2260 administrative division. */
public record Region(
        String code,
        String name,
        RegionLevel level,
        @Nullable String parentCode) {

    public RegionCode regionCode() {
        return new RegionCode(code);
    }
}
