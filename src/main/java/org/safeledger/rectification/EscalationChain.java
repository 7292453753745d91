package org.safeledger.rectification;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;

/**
 * Who is told, tier by tier, when an item runs past its deadline: up the responsible party's own chain, never
 * only its handler (督办: "reminders go to the responsible leader").
 *
 * <ul>
 *   <li>an enterprise: its principals, then the body that assigned the item, then the region's leaders;
 *   <li>a department: its head, then its region's government leaders (the leader in charge of its sector among
 *       them), then the government above;
 *   <li>a government or party committee: its own first-responsible leaders, then the government of the region
 *       above (a county's: the prefecture's), then the one above that.
 * </ul>
 */
public final class EscalationChain {

    /** Three tiers, as for hazards. */
    public static final int TIERS = 3;

    private EscalationChain() {}

    /** Whom tier {@code tier} (1 to 3) of the item's chain addresses. */
    public static Addressee addressee(
            ResponsibleKind kind,
            @Nullable Long responsibleId,
            RegionCode itemRegion,
            @Nullable Long assignerDepartmentId,
            RegionCode assignerRegion,
            int tier) {
        if (tier < 1 || tier > TIERS) {
            throw new IllegalArgumentException("no escalation tier " + tier);
        }
        return switch (kind) {
            case ENTERPRISE ->
                switch (tier) {
                    case 1 -> Addressee.enterprisePrincipals(requireId(responsibleId));
                    case 2 ->
                        assignerDepartmentId != null
                                ? Addressee.departmentStaff(assignerDepartmentId)
                                : Addressee.regionLeaders(assignerRegion);
                    default -> Addressee.regionLeaders(itemRegion);
                };
            case DEPARTMENT ->
                switch (tier) {
                    case 1 -> Addressee.departmentHeads(requireId(responsibleId));
                    case 2 -> Addressee.regionLeaders(itemRegion);
                    default -> Addressee.regionLeaders(above(itemRegion, 1));
                };
            case GOVERNMENT, PARTY_COMMITTEE -> Addressee.regionLeaders(above(itemRegion, tier - 1));
        };
    }

    /** The region {@code levels} levels above, or the province when there is no level that high. */
    static RegionCode above(RegionCode region, int levels) {
        var lineage = region.lineage();
        return lineage.get(Math.min(levels, lineage.size() - 1));
    }

    private static long requireId(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("an enterprise or department item names its party by id");
        }
        return id;
    }

    /** A group of accounts to tell: the principals of an enterprise, a department's heads or staff, a region's leaders. */
    public record Addressee(
            Group group, @Nullable Long id, @Nullable String regionCode) {

        public enum Group {
            ENTERPRISE_PRINCIPALS,
            DEPARTMENT_HEADS,
            DEPARTMENT_STAFF,
            REGION_LEADERS
        }

        static Addressee enterprisePrincipals(long enterpriseId) {
            return new Addressee(Group.ENTERPRISE_PRINCIPALS, enterpriseId, null);
        }

        static Addressee departmentHeads(long departmentId) {
            return new Addressee(Group.DEPARTMENT_HEADS, departmentId, null);
        }

        static Addressee departmentStaff(long departmentId) {
            return new Addressee(Group.DEPARTMENT_STAFF, departmentId, null);
        }

        static Addressee regionLeaders(RegionCode region) {
            return new Addressee(Group.REGION_LEADERS, null, region.value());
        }
    }
}
