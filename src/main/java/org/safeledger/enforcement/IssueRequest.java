package org.safeledger.enforcement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/enforcement-documents}: the type, the enterprise, the hazards it concerns, the inspection it
 * records, the legal basis, the deadline (orders), the body (findings, measures, opinion), the document a review
 * reviews and whether the order was carried out, for a penalty decision its {@link PenaltyDraft}, and the second
 * officer who signs with the issuer (another officer of the department; the printed form leaves the line blank
 * without one).
 */
public record IssueRequest(
        @Nullable String type,
        @Nullable Long enterpriseId,
        @Nullable List<Long> hazardIds,
        @Nullable Long inspectionId,
        @Nullable String legalBasis,
        @Nullable String deadline,
        @Nullable String body,
        @Nullable Long reviewsDocumentId,
        @Nullable Boolean reviewPassed,
        @Nullable PenaltyDraft penalty,
        @Nullable Long secondOfficerId) {

    /**
     * A penalty as asked: for art. 112 the order it enforces, the earlier fine whose amount it repeats and the day the
     * refusal ended; for an art. 102 fine on a person the order the unit refused to carry out.
     */
    public record PenaltyDraft(
            @Nullable String violatedProvision,
            @Nullable String article,
            @Nullable String finedParty,
            @Nullable String finedName,
            @Nullable Long amountYuan,
            @Nullable Boolean aggravated,
            @Nullable Long orderDocumentId,
            @Nullable String refusedUntil,
            @Nullable Long originalFineDocumentId,
            @Nullable String closureGround) {}
}
