package org.safeledger.tour;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentKind;

/**
 * The three kinds of tour and who runs each: a party inspection (巡视/巡察) by a party committee, a work-safety tour
 * (安全生产巡查) by a safety committee — its office sits in the emergency management bureau of its level, and the
 * government's leaders chair it — and a supervision tour (督查) by a government.
 */
public enum TourKind {
    PARTY_INSPECTION,
    SAFETY_TOUR,
    SUPERVISION;

    /**
     * Why an actor may not run a tour of this kind, or empty: a region's leader speaks for its party committee and
     * government; a department may run only a safety tour, and only as the safety committee's office.
     */
    public Optional<String> refusal(boolean leader, @Nullable DepartmentKind department) {
        if (leader) {
            return Optional.empty();
        }
        if (this == SAFETY_TOUR) {
            return department == DepartmentKind.EMERGENCY_MANAGEMENT
                    ? Optional.empty()
                    : Optional.of("error.tour.safetyOfficeRuns");
        }
        return Optional.of("error.tour.leadersRun");
    }

    /** A party body's tour: its items are assigned by the party committee, not the government. */
    public boolean byPartyCommittee() {
        return this == PARTY_INSPECTION;
    }

    public String messageKey() {
        return "tourKind." + name();
    }
}
