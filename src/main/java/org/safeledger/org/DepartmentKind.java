package org.safeledger.org;

import static org.safeledger.shared.Sector.*;

import java.util.EnumSet;
import java.util.Set;
import org.safeledger.shared.Sector;

/**
 * The kinds of department "负有安全生产监督管理职责", each with the sectors it supervises by default under the
 * principle 管行业必须管安全 (whoever manages an industry manages its safety). A department's actual remit is
 * stored with it and may differ by region (e.g. where the emergency bureau also supervises coal mines).
 */
public enum DepartmentKind {
    EMERGENCY_MANAGEMENT(EnumSet.of(COAL_MINE, NON_COAL_MINE, HAZARDOUS_CHEMICALS, FIREWORKS, INDUSTRY_TRADE)),
    MINE_SAFETY(EnumSet.of(COAL_MINE, NON_COAL_MINE)),
    ENERGY(EnumSet.of(COAL_MINE)),
    NATURAL_RESOURCES(EnumSet.of(COAL_MINE, NON_COAL_MINE)),
    TRANSPORT(EnumSet.of(ROAD_TRAFFIC, WATER_TRAFFIC_FISHING)),
    PUBLIC_SECURITY(EnumSet.of(ROAD_TRAFFIC)),
    HOUSING_CONSTRUCTION(EnumSet.of(BUILDING_CONSTRUCTION, TOWN_GAS, SELF_BUILT_HOUSES)),
    AGRICULTURE_RURAL(EnumSet.of(WATER_TRAFFIC_FISHING)),
    MARKET_REGULATION(EnumSet.of(SPECIAL_EQUIPMENT)),
    FIRE_RESCUE(EnumSet.of(FIRE_SAFETY, CROWDED_PLACES)),
    CULTURE_TOURISM(EnumSet.of(TOURIST_FACILITIES, CROWDED_PLACES)),
    INDUSTRY_IT(EnumSet.of(INDUSTRY_TRADE)),
    COMMERCE(EnumSet.of(CROWDED_PLACES));

    private final Set<Sector> defaultSectors;

    DepartmentKind(Set<Sector> defaultSectors) {
        this.defaultSectors = Set.copyOf(defaultSectors);
    }

    public Set<Sector> defaultSectors() {
        return defaultSectors;
    }
}
