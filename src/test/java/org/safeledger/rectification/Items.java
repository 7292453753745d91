package org.safeledger.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;

/** Items and actors for the rules' unit tests: Alxa League (152900) and its Left Banner (152921). */
final class Items {

    static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 6, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    static final long LEAGUE_BUREAU = 10;
    static final long BANNER_BUREAU = 20;
    static final long MINE = 30;

    private Items() {}

    /** The league's bureau assigns an item to the banner's government. */
    static Rectification toBannerGovernment(RectificationStatus status) {
        return item(ResponsibleKind.GOVERNMENT, null, "152921", "152921", status);
    }

    static Rectification item(
            ResponsibleKind kind,
            @Nullable Long id,
            @Nullable String responsibleRegion,
            String region,
            RectificationStatus status) {
        var at = Instant.parse("2026-06-01T02:00:00Z");
        return new Rectification(new RectificationState(
                1,
                Origin.TOUR_FINDING,
                null,
                "边坡监测",
                "d",
                kind,
                id,
                responsibleRegion,
                "阿拉善左旗人民政府",
                region,
                99,
                "阿拉善盟应急管理局",
                LEAGUE_BUREAU,
                "152900",
                status,
                ASSIGNED_ON,
                DEADLINE,
                DEADLINE,
                status == RectificationStatus.ASSIGNED ? null : "方案",
                null,
                status == RectificationStatus.ASSIGNED ? null : ASSIGNED_ON.plusDays(3),
                null,
                List.of(),
                0,
                null,
                0,
                0,
                null,
                0,
                null,
                null,
                0,
                at,
                at));
    }

    static Actor leader(String region) {
        return new Actor(
                1, "leader", "leader", Set.of(Role.REGION_LEADER), DataScope.region(new RegionCode(region)), null);
    }

    static Actor inspector(String region, long department) {
        return new Actor(
                2,
                "inspector",
                "inspector",
                Set.of(Role.INSPECTOR),
                DataScope.region(new RegionCode(region)),
                department);
    }

    static Actor principal(long enterprise) {
        return new Actor(
                3,
                "mine",
                "mine",
                Set.of(Role.ENTERPRISE_PRINCIPAL),
                new DataScope(new RegionCode("152921"), Set.of(), enterprise),
                null);
    }
}
