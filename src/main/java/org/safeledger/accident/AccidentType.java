package org.safeledger.accident;

/** The twenty accident types of GB 6441-1986 (企业职工伤亡事故分类), as api.md codes them. */
public enum AccidentType {
    STRUCK_BY_OBJECT,
    VEHICLE,
    MACHINERY,
    LIFTING,
    ELECTROCUTION,
    DROWNING,
    BURN,
    FIRE,
    FALL_FROM_HEIGHT,
    COLLAPSE,
    ROOF_FALL,
    WATER_INRUSH,
    BLASTING,
    EXPLOSIVES,
    GAS_EXPLOSION,
    BOILER_EXPLOSION,
    VESSEL_EXPLOSION,
    OTHER_EXPLOSION,
    POISONING_ASPHYXIA,
    OTHER;

    public String messageKey() {
        return "accidentType." + name();
    }
}
