package org.safeledger.responsibility;

import org.jspecify.annotations.Nullable;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;

/**
 * A party answering for a record — an enterprise or a department by id, a region's government or party committee
 * by its region — with the region the record is in and the body that supervises it there (the body that assigned an
 * item; for a hazard, the departments supervising its sector), and the record's sector where it has one (whose
 * leader in charge the chain's top reaches): what an {@link EscalationChain} climbs.
 */
public record Answerable(
        ResponsibleKind kind,
        @Nullable Long id,
        RegionCode region,
        Addressee supervisor,
        @Nullable Sector sector) {

    public Answerable {
        if ((kind == ResponsibleKind.ENTERPRISE || kind == ResponsibleKind.DEPARTMENT) && id == null) {
            throw new IllegalArgumentException("an enterprise or department answers by its id");
        }
    }

    /** A party whose record has no sector of its own (a rectification item). */
    public Answerable(ResponsibleKind kind, @Nullable Long id, RegionCode region, Addressee supervisor) {
        this(kind, id, region, supervisor, null);
    }

    /** An enterprise answering for a hazard of its sector, supervised by the departments supervising the sector. */
    public static Answerable hazard(long enterpriseId, RegionCode region, Sector sector) {
        return new Answerable(
                ResponsibleKind.ENTERPRISE, enterpriseId, region, Addressee.supervisingStaff(region, sector), sector);
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
