package org.safeledger.org;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the enterprise list, all optional: a region subtree, a sector, and free text matched against the
 * name, the credit code and the address.
 */
public record EnterpriseFilter(
        @Nullable String regionCode,
        @Nullable String sector,
        @Nullable String q) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null);
    }
}
