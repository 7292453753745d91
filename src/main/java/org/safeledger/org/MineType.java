package org.safeledger.org;

/** How a mine works its deposit; an attribute of a mine enterprise, not a sector (api.md). */
public enum MineType {
    UNDERGROUND,
    OPEN_PIT
}
