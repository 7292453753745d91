package org.safeledger.org;

/** Province (incl. autonomous regions, municipalities), prefecture (city, league), county (banner, district). */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
