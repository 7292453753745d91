package org.safeledger.campaign;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as its reader sees it: the campaign, the phase the schedule is in, and the units of the reader's
 * subtree — each with its plan filed or owed (late shown), the phase it entered, its dispatch reports late and the
 * last one filed, and what the reader may do there.
 */
public record CampaignView(
        Campaign campaign,
        String regionName,
        @Nullable PhaseKind scheduledPhase,
        List<UnitView> units,
        long plansOwed,
        long plansLate) {

    /** The units of the list that have not filed their plan. */
    public static long plansOwed(List<UnitView> units) {
        return units.stream().filter(u -> u.status() != UnitStatus.PLAN_FILED).count();
    }

    /** The units of the list whose plan is late (filed after the day due, or not filed and the day passed). */
    public static long plansLate(List<UnitView> units) {
        return units.stream().filter(UnitView::planLate).count();
    }

    public record UnitView(
            String regionCode,
            String regionName,
            UnitStatus status,
            @Nullable LocalDate planFiledOn,
            @Nullable String plan,
            boolean planLate,
            @Nullable PhaseKind phase,
            @Nullable PhaseKind nextPhase,
            boolean mayAct,
            int version,
            long dispatchesLate,
            @Nullable LocalDate lastDispatchOn,
            boolean mayDispatch,
            List<org.safeledger.shared.Sector> ownItems,
            List<org.safeledger.shared.Sector> mayAddItems) {

        /** Behind the campaign's schedule: the phase the calendar is in not entered yet. */
        public boolean behind(@Nullable PhaseKind scheduled) {
            return scheduled != null && (phase == null || phase.compareTo(scheduled) < 0);
        }
    }
}
