package org.safeledger.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The supervised sectors, a stable code list (api.md): codes are never renamed. Names in zh-CN and en come from
 * the message bundles under {@code sector.<CODE>}. Underground versus open-pit is an attribute of a mine, not a
 * sector.
 */
public enum Sector {
    COAL_MINE,
    NON_COAL_MINE,
    HAZARDOUS_CHEMICALS,
    FIREWORKS,
    ROAD_TRAFFIC,
    BUILDING_CONSTRUCTION,
    WATER_TRAFFIC_FISHING,
    INDUSTRY_TRADE,
    TOWN_GAS,
    SELF_BUILT_HOUSES,
    FIRE_SAFETY,
    TOURIST_FACILITIES,
    CROWDED_PLACES,
    SPECIAL_EQUIPMENT;

    public static Optional<Sector> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }

    public String messageKey() {
        return "sector." + name();
    }
}
