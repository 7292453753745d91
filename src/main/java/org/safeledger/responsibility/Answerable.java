package org.safeledger.responsibility;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;

/**
 * A party answering for a record — an enterprise or a department by id, a region's government or party committee
 * by its region — with the region the record is in and the body that supervises it there (the body that assigned an
 * item; for a hazard, the departments supervising its sector): what an {@link EscalationChain} climbs.
 */
public record Answerable(ResponsibleKind kind, @Nullable Long id, RegionCode region, Addressee supervisor) {

    public Answerable {
        if ((kind == ResponsibleKind.ENTERPRISE || kind == ResponsibleKind.DEPARTMENT) && id == null) {
            throw new IllegalArgumentException("an enterprise or department answers by its id");
        }
    }

    /** An enterprise answering for a record of its region, supervised by {@code supervisor}. */
    public static Answerable enterprise(long enterpriseId, RegionCode region, Addressee supervisor) {
        return new Answerable(ResponsibleKind.ENTERPRISE, enterpriseId, region, supervisor);
    }

    /** The party's own accounts, told of what it must do: the enterprise's, the department's staff, the leaders. */
    public Addressee accounts() {
        return switch (kind) {
            case ENTERPRISE -> Addressee.enterpriseAccounts(requiredId());
            case DEPARTMENT -> Addressee.departmentStaff(requiredId());
            case GOVERNMENT, PARTY_COMMITTEE -> Addressee.regionLeaders(region);
        };
    }

    long requiredId() {
        if (id == null) {
            throw new IllegalStateException(kind + " without an id");
        }
        return id;
    }
}
