package org.safeledger.hazard.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.Hazard;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.hazard.LedgerEntry;
import org.safeledger.hazard.Listing;
import org.safeledger.shared.Sector;

/**
 * A hazard as the API shows it (api.md contract fields, plus the derived {@code overdue}, {@code flags}, and
 * {@code escalationTier}: 0 none, 1 principal told, 2 department, 3 the region's leaders; {@code listing} when
 * listed for supervision, and {@code explanationDue} when kept on the books after a failed verification).
 */
record HazardView(
        long id,
        long enterpriseId,
        @Nullable String enterpriseName,
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
        boolean overdue,
        int escalationTier,
        @Nullable Listing listing,
        boolean explanationDue,
        List<org.safeledger.hazard.Citation> citations,
        org.safeledger.hazard.@Nullable FiveImplementations fiveImplementations,
        org.safeledger.hazard.@Nullable TreatmentPlan treatmentPlan,
        @Nullable Long riskPointId,
        List<MajorReportView> majorReports,
        org.safeledger.hazard.@Nullable Suspension suspension,
        List<String> flags,
        Instant discoveredAt,
        String discoveredBy,
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
        @Nullable List<String> availableActions) {

    /** A half of the dual report as the API shows it: {@code late} when reported after, or still owed past, its due time. */
    record MajorReportView(
            org.safeledger.hazard.MajorReportChannel channel,
            Instant dueAt,
            @Nullable Instant reportedAt,
            @Nullable String reportedBy,
            @Nullable String recipient,
            @Nullable String report,
            boolean late) {}

    static HazardView of(LedgerEntry entry, LocalDate today) {
        return of(entry.hazard(), entry.enterpriseName(), today, List.of(), List.of(), null, null);
    }

    /**
     * One hazard, with the clauses it cites, its dual report and suspension, and the steps the reader may take now
     * (the actions of {@code POST .../actions/{action}}, lower case, as the page offers them; lists leave all these
     * out).
     */
    static HazardView full(
            LedgerEntry entry, org.safeledger.hazard.HazardLedger ledger, org.safeledger.shared.Actor actor) {
        var now = ledger.now();
        return of(
                entry.hazard(),
                entry.enterpriseName(),
                ledger.today(),
                ledger.citations(entry),
                ledger.majorReports(entry).stream()
                        .map(r -> new MajorReportView(
                                r.channel(),
                                r.dueAt(),
                                r.reportedAt(),
                                r.reportedBy(),
                                r.recipient(),
                                r.report(),
                                r.lateOn(now)))
                        .toList(),
                ledger.suspension(entry).orElse(null),
                ledger.availableActions(actor, entry).stream()
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
    }

    static HazardView of(
            Hazard h,
            @Nullable String enterpriseName,
            LocalDate today,
            List<org.safeledger.hazard.Citation> citations,
            List<MajorReportView> majorReports,
            org.safeledger.hazard.@Nullable Suspension suspension,
            @Nullable List<String> availableActions) {
        return new HazardView(
                h.id(),
                h.enterpriseId(),
                enterpriseName,
                h.regionCode(),
                h.title(),
                h.description(),
                h.location(),
                h.longitude(),
                h.latitude(),
                h.sector(),
                h.source(),
                h.grade(),
                h.status(),
                h.overdueOn(today),
                h.escalationTier(),
                h.listing(),
                h.explanationDue(),
                citations,
                h.fiveImplementations(),
                h.treatmentPlan(),
                h.riskPointId(),
                majorReports,
                suspension,
                h.flags().stream().map(Enum::name).sorted().toList(),
                h.discoveredAt(),
                h.discoveredBy(),
                h.photoIds(),
                h.plan(),
                h.responsiblePerson(),
                h.deadline(),
                h.extensions(),
                h.evidence(),
                h.evidenceIds(),
                h.costYuan(),
                h.rectifiedOnSpot(),
                h.rejections(),
                h.verificationOpinion(),
                h.closedAt(),
                h.closedBy(),
                h.version(),
                h.createdAt(),
                h.updatedAt(),
                availableActions);
    }
}
