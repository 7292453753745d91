package org.safeledger.accident;

/**
 * Decree 493 art. 19: who investigates — the State Council (or departments it authorises) an 特别重大 accident; the
 * provincial, prefecture and county government a 重大, 较大 and 一般 one (directly, or by authorising or entrusting
 * departments).
 */
public enum InvestigatingBody {
    COUNTY_GOVERNMENT,
    PREFECTURE_GOVERNMENT,
    PROVINCE_GOVERNMENT,
    STATE_COUNCIL;

    public static InvestigatingBody of(AccidentLevel level) {
        return switch (level) {
            case GENERAL -> COUNTY_GOVERNMENT;
            case LARGER -> PREFECTURE_GOVERNMENT;
            case SERIOUS -> PROVINCE_GOVERNMENT;
            case EXTRA_SERIOUS -> STATE_COUNCIL;
        };
    }

    /**
     * The longest region prefix of a department that may organise or follow the investigation: any department of the
     * county or above for a 一般 accident, the prefecture's or above for 较大, the province's for 重大 — and for 特别重大
     * too, whose State Council group the province's department follows (this regional system holds no national
     * departments).
     */
    /** Whether a department of that region is at this body's level or above (its region prefix no longer). */
    public boolean mayBeOrganisedAt(String departmentRegion) {
        return prefixLength(departmentRegion) <= maxPrefixLength();
    }

    /**
     * Art. 20: after the level rose, a department higher than the holder may take the investigation over, when the
     * holder is now below this body's level.
     */
    public boolean mayTakeOver(String holderRegion, String takerRegion) {
        return prefixLength(holderRegion) > maxPrefixLength() && prefixLength(takerRegion) < prefixLength(holderRegion);
    }

    private static int prefixLength(String regionCode) {
        return new org.safeledger.shared.RegionCode(regionCode).subtreePrefix().length();
    }

    public int maxPrefixLength() {
        return switch (this) {
            case COUNTY_GOVERNMENT -> 6;
            case PREFECTURE_GOVERNMENT -> 4;
            case PROVINCE_GOVERNMENT, STATE_COUNCIL -> 2;
        };
    }

    public String messageKey() {
        return "investigatingBody." + name();
    }
}
