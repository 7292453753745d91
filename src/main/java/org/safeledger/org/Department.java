package org.safeledger.org;

import java.util.Set;
import org.safeledger.shared.Sector;

/** A supervising department of a region's government, with the sectors it supervises there. */
public record Department(
        long id, String regionCode, DepartmentKind kind, String name, Set<Sector> sectors, int version) {}
