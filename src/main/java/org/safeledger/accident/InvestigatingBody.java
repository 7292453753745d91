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

    public String messageKey() {
        return "investigatingBody." + name();
    }
}
