package org.safeledger.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        @Nullable LocalDate paidOn) {}
