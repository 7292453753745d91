package org.safeledger.accident;

import org.safeledger.shared.RegionCode;

/**
 * The steps of the reporting chain (Decree 493 arts. 9–11): the unit to the county's departments within an hour,
 * then level by level, each within two hours, as far as the accident's level requires — the prefecture for every
 * accident, the province from 较大, the State Council's departments from 重大.
 */
public enum ReportStep {
    COUNTY(AccidentLevel.GENERAL),
    PREFECTURE(AccidentLevel.GENERAL),
    PROVINCE(AccidentLevel.LARGER),
    STATE_COUNCIL(AccidentLevel.SERIOUS);

    private final AccidentLevel requiredFrom;

    ReportStep(AccidentLevel requiredFrom) {
        this.requiredFrom = requiredFrom;
    }

    /** The lowest level for which the report must reach this step. */
    public AccidentLevel requiredFrom() {
        return requiredFrom;
    }

    public boolean requiredFor(AccidentLevel level) {
        return level.ordinal() >= requiredFrom.ordinal();
    }

    /** The region whose departments receive the report at this step, for an accident in a county. */
    public RegionCode region(RegionCode accidentRegion) {
        var code = accidentRegion.value();
        return switch (this) {
            case COUNTY -> accidentRegion;
            case PREFECTURE -> new RegionCode(code.substring(0, 4) + "00");
            case PROVINCE -> new RegionCode(code.substring(0, 2) + "0000");
            case STATE_COUNCIL -> RegionCode.COUNTRY;
        };
    }

    public String messageKey() {
        return "reportStep." + name();
    }
}
