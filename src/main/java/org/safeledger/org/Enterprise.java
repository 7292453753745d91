package org.safeledger.org;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/** A supervised enterprise (生产经营单位) as read from the register. */
public record Enterprise(
        long id,
        String name,
        String creditCode,
        String regionCode,
        Set<Sector> sectors,
        String address,
        @Nullable BigDecimal longitude,
        @Nullable BigDecimal latitude,
        @Nullable MineType mineType,
        @Nullable String principalName,
        @Nullable String principalPhone,
        @Nullable String safetyManagerName,
        @Nullable String safetyManagerPhone,
        List<Licence> licences,
        int version,
        Instant createdAt) {}
