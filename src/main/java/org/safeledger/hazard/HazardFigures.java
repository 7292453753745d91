package org.safeledger.hazard;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * The hazard figures of a region for a period. <b>Found</b>: hazards discovered in the period, by grade, sector,
 * source and current status, and those of them owed past their deadline now. <b>Closed</b>: hazards closed in the
 * period, those closed on time (on or before the deadline they had) and the median whole days from discovery to
 * closure. <b>Now</b>: every hazard not closed, whenever found.
 */
public record HazardFigures(
        long found,
        Map<HazardGrade, Long> foundByGrade,
        Map<Sector, Long> foundBySector,
        Map<HazardSource, Long> foundBySource,
        Map<HazardStatus, Long> foundByStatus,
        long foundOverdue,
        long closed,
        long closedOnTime,
        @Nullable Double medianDaysToClose,
        Now now) {

    /** The share of the period's hazards closed by now (整改率), null when none was found. */
    public @Nullable Double rectificationRate() {
        return found == 0 ? null : foundByStatus.getOrDefault(HazardStatus.CLOSED, 0L) / (double) found;
    }

    /** The share of the period's closures made on time (按期整改率), null when none was closed. */
    public @Nullable Double onTimeRate() {
        return closed == 0 ? null : closedOnTime / (double) closed;
    }

    /**
     * The hazards not closed: by status; owed past the deadline (the ledger's "overdue"); owed and escalated to
     * each tier (1 principal, 2 department, 3 leaders); listed for supervision; major.
     */
    public record Now(
            long open,
            Map<HazardStatus, Long> byStatus,
            long overdue,
            long tier1,
            long tier2,
            long tier3,
            long listed,
            long major) {}
}
