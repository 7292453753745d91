package org.safeledger.hazard;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * The ledger's filters, all optional; {@code regionPrefix} is the subtree prefix of a region already checked
 * against the reader's scope, and {@code today} decides "overdue"; {@code escalationTier} keeps the owed
 * rectifications escalated exactly that far (1 principal, 2 department, 3 leaders); {@code from}/{@code to} are the
 * days found and {@code closedFrom}/{@code closedTo} the days closed (inclusive, local days of the zone).
 */
public record HazardFilter(
        @Nullable String regionPrefix,
        @Nullable Long enterpriseId,
        @Nullable Sector sector,
        @Nullable HazardGrade grade,
        Set<HazardStatus> statuses,
        @Nullable Boolean overdue,
        @Nullable Integer escalationTier,
        @Nullable Boolean listed,
        @Nullable HazardSource source,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text,
        HazardSort sort,
        @Nullable Long riskPointId,
        @Nullable Boolean suspended,
        @Nullable LocalDate closedFrom,
        @Nullable LocalDate closedTo) {

    /** The enterprise's open hazards (reported, rectifying or submitted), oldest deadline first. */
    public static HazardFilter openOf(long enterpriseId) {
        return new HazardFilter(
                null,
                enterpriseId,
                null,
                null,
                java.util.EnumSet.of(HazardStatus.REPORTED, HazardStatus.RECTIFYING, HazardStatus.SUBMITTED),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                HazardSort.DEADLINE_ASC,
                null,
                null,
                null,
                null);
    }

    /** The rectifications owed past their deadline under a region (its code prefix), the longest overdue first. */
    public static HazardFilter overdueIn(String regionPrefix) {
        return new HazardFilter(
                regionPrefix,
                null,
                null,
                null,
                java.util.EnumSet.noneOf(HazardStatus.class),
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                HazardSort.DEADLINE_ASC,
                null,
                null,
                null,
                null);
    }

    /** Orders of the ledger; all break ties by id so that paging is stable. */
    public enum HazardSort {
        DISCOVERED_DESC("h.discovered_at DESC, h.id DESC"),
        DISCOVERED_ASC("h.discovered_at ASC, h.id ASC"),
        DEADLINE_ASC("h.deadline ASC NULLS LAST, h.id ASC"),
        UPDATED_DESC("h.updated_at DESC, h.id DESC");

        final String sql;

        HazardSort(String sql) {
            this.sql = sql;
        }
    }
}
