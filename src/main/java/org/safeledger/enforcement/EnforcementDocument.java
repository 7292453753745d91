package org.safeledger.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;

/**
 * An issued enforcement document as stored: its number, parties, substance, the officers who signed it (with their
 * certificate numbers as at issue), the acknowledgement (when, by whom, the signature or the recorded refusal) and
 * payment.
 */
public record EnforcementDocument(
        long id,
        DocumentType type,
        String number,
        long departmentId,
        String departmentName,
        long enterpriseId,
        String enterpriseName,
        @Nullable Long inspectionId,
        List<Long> hazardIds,
        String legalBasis,
        @Nullable LocalDate deadline,
        String body,
        @Nullable Long reviewsDocumentId,
        @Nullable String reviewsNumber,
        @Nullable Boolean reviewPassed,
        @Nullable Penalty penalty,
        Instant issuedAt,
        String issuedBy,
        List<Officer> officers,
        String acknowledgement,
        @Nullable Instant acknowledgedAt,
        @Nullable Long signatureAttachmentId,
        @Nullable String refusalNote,
        @Nullable String acknowledgedName,
        @Nullable LocalDate paidOn,
        @Nullable Long reviewedById) {

    /** Why the document refuses the follow-up now, or empty: asked by the services and the pages. */
    public Optional<ConflictException> refusal(DocumentAction action) {
        return switch (action) {
            case ACKNOWLEDGE ->
                "PENDING".equals(acknowledgement)
                        ? Optional.empty()
                        : conflict("acknowledgement", "error.enforcement.alreadyAcknowledged");
            case REVIEW -> {
                if (!type.reviewable()) {
                    yield conflict("reviewsDocumentId", "error.enforcement.notReviewable");
                }
                yield reviewedById == null
                        ? Optional.empty()
                        : conflict("reviewsDocumentId", "error.enforcement.alreadyReviewed");
            }
            case PAY -> {
                if (type != DocumentType.PENALTY_DECISION) {
                    yield conflict("type", "error.enforcement.notPenalty");
                }
                if (penalty == null || penalty.amountYuan() == 0) {
                    yield conflict("paidOn", "error.enforcement.noFine");
                }
                yield paidOn == null ? Optional.empty() : conflict("paidOn", "error.enforcement.alreadyPaid");
            }
        };
    }

    public boolean allows(DocumentAction action) {
        return refusal(action).isEmpty();
    }

    /**
     * Checks a review opinion of this document by the department for the enterprise: a reviewable document of the
     * same parties, not reviewed yet, and found not carried out only after its deadline day (the unit has until its
     * end).
     */
    void requireReview(long enterpriseId, long departmentId, boolean passed, LocalDate today) {
        if (type.reviewable() && (this.enterpriseId != enterpriseId || this.departmentId != departmentId)) {
            throw new ConflictException("reviewsDocumentId", "error.enforcement.notReviewable", number);
        }
        require(DocumentAction.REVIEW);
        if (!passed && deadline != null && !today.isAfter(deadline)) {
            throw new ConflictException("reviewPassed", "error.enforcement.reviewBeforeDeadline", number, deadline);
        }
    }

    /** The recipient's acknowledgement recorded: the signature, or the refusal to sign with its note. */
    EnforcementDocument acknowledged(
            boolean refused, Instant at, @Nullable Long signatureId, @Nullable String note, @Nullable String name) {
        require(DocumentAction.ACKNOWLEDGE);
        return followedUp(refused ? "REFUSED" : "SIGNED", at, signatureId, note, name, paidOn);
    }

    /** The fine paid on the day. */
    EnforcementDocument paid(LocalDate on) {
        require(DocumentAction.PAY);
        return followedUp(acknowledgement, acknowledgedAt, signatureAttachmentId, refusalNote, acknowledgedName, on);
    }

    /** The document as issued, with its follow-ups as given. */
    private EnforcementDocument followedUp(
            String ack,
            @Nullable Instant ackAt,
            @Nullable Long signatureId,
            @Nullable String note,
            @Nullable String name,
            @Nullable LocalDate paid) {
        return new EnforcementDocument(
                id,
                type,
                number,
                departmentId,
                departmentName,
                enterpriseId,
                enterpriseName,
                inspectionId,
                hazardIds,
                legalBasis,
                deadline,
                body,
                reviewsDocumentId,
                reviewsNumber,
                reviewPassed,
                penalty,
                issuedAt,
                issuedBy,
                officers,
                ack,
                ackAt,
                signatureId,
                note,
                name,
                paid,
                reviewedById);
    }

    private void require(DocumentAction action) {
        var refused = refusal(action);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    private Optional<ConflictException> conflict(String field, String key) {
        return Optional.of(new ConflictException(field, key, number));
    }
}
