package org.safeledger.hazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/** A hazard's stored state, as one row of the hazard table: what {@link Hazard} is built from and saved as. */
record HazardState(
        long id,
        long enterpriseId,
        String regionCode,
        String title,
        String description,
        String location,
        @Nullable BigDecimal longitude,
        @Nullable BigDecimal latitude,
        Sector sector,
        HazardSource source,
        HazardGrade grade,
        HazardStatus status,
        Instant discoveredAt,
        String discoveredBy,
        long reportedBy,
        List<Long> photoIds,
        @Nullable String plan,
        @Nullable String responsiblePerson,
        @Nullable LocalDate deadline,
        int extensions,
        @Nullable String evidence,
        List<Long> evidenceIds,
        @Nullable Long costYuan,
        boolean rectifiedOnSpot,
        int rejections,
        @Nullable String verificationOpinion,
        @Nullable Instant closedAt,
        @Nullable Long closedBy,
        int version,
        Instant createdAt,
        Instant updatedAt,
        int escalationTier,
        @Nullable Listing listing,
        boolean explanationDue,
        java.util.Set<HazardFlag> flags,
        @Nullable FiveImplementations fiveImplementations,
        @Nullable TreatmentPlan treatmentPlan,
        @Nullable Long riskPointId) {

    HazardState withId(long newId) {
        return new HazardState(
                newId,
                enterpriseId,
                regionCode,
                title,
                description,
                location,
                longitude,
                latitude,
                sector,
                source,
                grade,
                status,
                discoveredAt,
                discoveredBy,
                reportedBy,
                photoIds,
                plan,
                responsiblePerson,
                deadline,
                extensions,
                evidence,
                evidenceIds,
                costYuan,
                rectifiedOnSpot,
                rejections,
                verificationOpinion,
                closedAt,
                closedBy,
                version,
                createdAt,
                updatedAt,
                escalationTier,
                listing,
                explanationDue,
                flags,
                fiveImplementations,
                treatmentPlan,
                riskPointId);
    }
}
