package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;

class DocumentActionTests {

    private static final Instant ISSUED = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.parse("2026-11-30");

    @Test
    void aDocumentIsAcknowledgedOnceBySignatureOrByARecordedRefusal() {
        var order = document(DocumentType.RECTIFICATION_ORDER, null, null);
        var refused = order.acknowledged(true, ISSUED.plusSeconds(60), null, "would not sign", "Zhang");
        assertThat(refused.acknowledgement()).isEqualTo("REFUSED");
        assertThat(refused.refusal(DocumentAction.ACKNOWLEDGE)).isPresent();
        assertThatThrownBy(() -> refused.acknowledged(false, ISSUED, 9L, null, "Zhang"))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("error.enforcement.alreadyAcknowledged");
    }

    @Test
    void onlyAPenaltyDecisionWithAFineIsPaidAndOnlyOnce() {
        assertThat(document(DocumentType.RECTIFICATION_ORDER, null, null).refusal(DocumentAction.PAY))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.enforcement.notPenalty"));
        assertThat(document(DocumentType.PENALTY_DECISION, fine(0), null).refusal(DocumentAction.PAY))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.enforcement.noFine"));
        var decision = document(DocumentType.PENALTY_DECISION, fine(30_000), null);
        var paid = decision.paid(LocalDate.parse("2026-11-10"));
        assertThat(paid.paidOn()).isEqualTo(LocalDate.parse("2026-11-10"));
        assertThat(paid.refusal(DocumentAction.PAY))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.enforcement.alreadyPaid"));
    }

    @Test
    void anOrderIsReviewedOnceAndARecordOrAReviewIsNotReviewedAtAll() {
        assertThat(document(DocumentType.RECTIFICATION_ORDER, null, null).allows(DocumentAction.REVIEW))
                .isTrue();
        assertThat(document(DocumentType.RECTIFICATION_ORDER, null, 99L).refusal(DocumentAction.REVIEW))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.enforcement.alreadyReviewed"));
        assertThat(document(DocumentType.INSPECTION_RECORD, null, null).allows(DocumentAction.REVIEW))
                .isFalse();
        assertThat(document(DocumentType.REVIEW_OPINION, null, null).allows(DocumentAction.REVIEW))
                .isFalse();
    }

    @Test
    void anOrderIsFoundNotCarriedOutOnlyAfterItsDeadlineDayAndOnlyByItsOwnDepartmentForItsOwnEnterprise() {
        var order = document(DocumentType.RECTIFICATION_ORDER, null, null);
        assertThatThrownBy(() -> order.requireReview(2, 3, false, DEADLINE))
                .hasMessageStartingWith("error.enforcement.reviewBeforeDeadline");
        order.requireReview(2, 3, true, DEADLINE);
        order.requireReview(2, 3, false, DEADLINE.plusDays(1));
        assertThatThrownBy(() -> order.requireReview(2, 4, true, DEADLINE.plusDays(1)))
                .hasMessageStartingWith("error.enforcement.notReviewable");
        assertThatThrownBy(() -> order.requireReview(5, 3, true, DEADLINE.plusDays(1)))
                .hasMessageStartingWith("error.enforcement.notReviewable");
    }

    private static Penalty fine(long yuan) {
        return Penalty.art102("art. 99", Penalty.FinedParty.UNIT, "unit", yuan, false, null);
    }

    private static EnforcementDocument document(
            DocumentType type, @Nullable Penalty penalty, @Nullable Long reviewedBy) {
        return new EnforcementDocument(
                1,
                type,
                "阿左应急责改〔2026〕1号",
                3,
                "bureau",
                2,
                "mine",
                null,
                List.of(11L),
                "art. 65",
                DEADLINE,
                "body",
                null,
                null,
                null,
                penalty,
                ISSUED,
                "inspector",
                List.of(),
                "PENDING",
                null,
                null,
                null,
                null,
                null,
                reviewedBy);
    }
}
