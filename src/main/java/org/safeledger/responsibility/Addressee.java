package org.safeledger.responsibility;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;

/**
 * A position in the responsibility chain to tell, not yet the people holding it: an enterprise's principals or all
 * its accounts, a department's heads or staff, the staff of the departments supervising a sector in a region, a
 * region's leaders. The {@link AddressBook} turns it into accounts.
 */
public record Addressee(
        Group group,
        @Nullable Long id,
        @Nullable String regionCode,
        @Nullable Sector sector) {

    public enum Group {
        ENTERPRISE_PRINCIPALS,
        ENTERPRISE_ACCOUNTS,
        DEPARTMENT_HEADS,
        DEPARTMENT_STAFF,
        SUPERVISING_STAFF,
        REGION_LEADERS,
        /** One account: the holder of the post that owns an item (its responsible leader). */
        ACCOUNT,
        /**
         * Whom the region's matrix holds to account for a sector (or a department's sectors): the two
         * first-responsible leaders and the leader in charge; the region's leaders where its matrix names no one.
         */
        ACCOUNTABLE
    }

    public static Addressee enterprisePrincipals(long enterpriseId) {
        return new Addressee(Group.ENTERPRISE_PRINCIPALS, enterpriseId, null, null);
    }

    public static Addressee enterpriseAccounts(long enterpriseId) {
        return new Addressee(Group.ENTERPRISE_ACCOUNTS, enterpriseId, null, null);
    }

    public static Addressee departmentHeads(long departmentId) {
        return new Addressee(Group.DEPARTMENT_HEADS, departmentId, null, null);
    }

    public static Addressee departmentStaff(long departmentId) {
        return new Addressee(Group.DEPARTMENT_STAFF, departmentId, null, null);
    }

    /** The staff of the departments supervising the sector nearest the region (三管三必须). */
    public static Addressee supervisingStaff(RegionCode region, Sector sector) {
        return new Addressee(Group.SUPERVISING_STAFF, null, region.value(), sector);
    }

    /** One person's account, such as the responsible leader a decision names. */
    public static Addressee account(long userId) {
        return new Addressee(Group.ACCOUNT, userId, null, null);
    }

    /** The region's first-responsible leaders and the leader in charge of the sector (of work safety when null). */
    public static Addressee accountable(RegionCode region, @Nullable Sector sector) {
        return new Addressee(Group.ACCOUNTABLE, null, region.value(), sector);
    }

    /** The region's first-responsible leaders and the leaders in charge of the department's sectors. */
    public static Addressee accountableFor(RegionCode region, long departmentId) {
        return new Addressee(Group.ACCOUNTABLE, departmentId, region.value(), null);
    }

    public static Addressee regionLeaders(RegionCode region) {
        return new Addressee(Group.REGION_LEADERS, null, region.value(), null);
    }
}
