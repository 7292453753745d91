package org.safeledger.enforcement.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.IssueRequest;
import org.safeledger.shared.InvalidInputException;

/** The issuing form (a bean for field binding): hazard ids comma-separated, the penalty's fields flat. */
public class IssueForm {

    private String type = "RECTIFICATION_ORDER";
    private @Nullable Long enterpriseId;
    private String hazardIds = "";
    private @Nullable Long inspectionId;
    private String legalBasis = "";
    private String deadline = "";
    private String body = "";
    private @Nullable Long reviewsDocumentId;
    private @Nullable Boolean reviewPassed;
    private String violatedProvision = "";
    private String article = "ART_102";
    private String finedParty = "UNIT";
    private String finedName = "";
    private @Nullable Long amountYuan;
    private boolean aggravated;
    private @Nullable Long orderDocumentId;
    private String refusedUntil = "";
    private @Nullable Long originalFineDocumentId;
    private String closureGround = "";
    private @Nullable Long secondOfficerId;

    public @Nullable Long getSecondOfficerId() {
        return secondOfficerId;
    }

    public void setSecondOfficerId(@Nullable Long secondOfficerId) {
        this.secondOfficerId = secondOfficerId;
    }

    IssueRequest toRequest() {
        var ids = new ArrayList<Long>();
        for (var id : hazardIds.split("[,，\\s]+")) {
            if (!id.isBlank()) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("hazardIds", "error.enforcement.hazardUnknown", id);
                }
            }
        }
        var penalty = "PENALTY_DECISION".equals(type)
                ? new IssueRequest.PenaltyDraft(
                        violatedProvision,
                        article,
                        finedParty,
                        finedName,
                        amountYuan,
                        aggravated,
                        orderDocumentId,
                        refusedUntil,
                        originalFineDocumentId,
                        closureGround.isBlank() ? null : closureGround)
                : null;
        boolean review = "REVIEW_OPINION".equals(type);
        return new IssueRequest(
                type,
                enterpriseId,
                List.copyOf(ids),
                inspectionId,
                legalBasis,
                deadline,
                body,
                review ? reviewsDocumentId : null,
                review ? reviewPassed : null,
                penalty,
                secondOfficerId);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public @Nullable Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(@Nullable Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getHazardIds() {
        return hazardIds;
    }

    public void setHazardIds(String hazardIds) {
        this.hazardIds = hazardIds;
    }

    public @Nullable Long getInspectionId() {
        return inspectionId;
    }

    public void setInspectionId(@Nullable Long inspectionId) {
        this.inspectionId = inspectionId;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public @Nullable Long getReviewsDocumentId() {
        return reviewsDocumentId;
    }

    public void setReviewsDocumentId(@Nullable Long reviewsDocumentId) {
        this.reviewsDocumentId = reviewsDocumentId;
    }

    public @Nullable Boolean getReviewPassed() {
        return reviewPassed;
    }

    public void setReviewPassed(@Nullable Boolean reviewPassed) {
        this.reviewPassed = reviewPassed;
    }

    public String getViolatedProvision() {
        return violatedProvision;
    }

    public void setViolatedProvision(String violatedProvision) {
        this.violatedProvision = violatedProvision;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getFinedParty() {
        return finedParty;
    }

    public void setFinedParty(String finedParty) {
        this.finedParty = finedParty;
    }

    public String getFinedName() {
        return finedName;
    }

    public void setFinedName(String finedName) {
        this.finedName = finedName;
    }

    public @Nullable Long getAmountYuan() {
        return amountYuan;
    }

    public void setAmountYuan(@Nullable Long amountYuan) {
        this.amountYuan = amountYuan;
    }

    public boolean isAggravated() {
        return aggravated;
    }

    public void setAggravated(boolean aggravated) {
        this.aggravated = aggravated;
    }

    public @Nullable Long getOrderDocumentId() {
        return orderDocumentId;
    }

    public void setOrderDocumentId(@Nullable Long orderDocumentId) {
        this.orderDocumentId = orderDocumentId;
    }

    public String getRefusedUntil() {
        return refusedUntil;
    }

    public void setRefusedUntil(String refusedUntil) {
        this.refusedUntil = refusedUntil;
    }

    public @Nullable Long getOriginalFineDocumentId() {
        return originalFineDocumentId;
    }

    public void setOriginalFineDocumentId(@Nullable Long originalFineDocumentId) {
        this.originalFineDocumentId = originalFineDocumentId;
    }

    public String getClosureGround() {
        return closureGround;
    }

    public void setClosureGround(String closureGround) {
        this.closureGround = closureGround;
    }
}
