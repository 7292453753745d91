package org.safeledger.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;

/**
 * A user account. The scope columns say where the user may act: {@code regionCode} (null for the whole
 * country), narrowed by {@code sectors} (a department's remit) or by {@code enterpriseId}.
 */
public record UserAccount(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        @Nullable String regionCode,
        Set<Sector> sectors,
        @Nullable Long enterpriseId,
        @Nullable Long departmentId,
        @Nullable Long personId,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        int version)
        implements java.io.Serializable {

    public DataScope scope() {
        var region = regionCode == null ? RegionCode.COUNTRY : new RegionCode(regionCode);
        return new DataScope(region, sectors, enterpriseId);
    }

    public Actor actor() {
        return new Actor(id, username, displayName, roles, scope(), departmentId);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
