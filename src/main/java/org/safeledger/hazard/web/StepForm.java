package org.safeledger.hazard.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.FiveImplementations;
import org.safeledger.hazard.HazardAction;
import org.safeledger.hazard.HazardStep;
import org.safeledger.hazard.TreatmentPlan;

/** One action form on the hazard page; only the fields of its action are filled in. */
public class StepForm {

    private int version;
    private String plan = "";
    private String responsiblePerson = "";
    private String deadline = "";
    private String evidence = "";
    private @Nullable Long costYuan;
    private String opinion = "";
    private String reason = "";
    private String newDeadline = "";
    private @Nullable Long supervisingDepartmentId;
    private String noticeNo = "";
    private String explanation = "";
    private String clauseNumbers = "";
    private String fiveResponsibility = "";
    private String fiveMeasures = "";
    private String fiveFunding = "";
    private String fiveDeadline = "";
    private String fiveContingencyPlan = "";
    private String planObjectives = "";
    private String planMethods = "";
    private String planFunding = "";
    private String planOrganisation = "";
    private String planTimeLimit = "";
    private String planSafety = "";

    private @Nullable String channel;
    private @Nullable String recipient;
    private @Nullable String report;
    private @Nullable String area;

    /** The step of the action, with that action's fields only. */
    HazardStep toStep(HazardAction action) {
        return switch (action) {
            case ASSIGN ->
                new HazardStep.Assign(
                        version,
                        plan,
                        responsiblePerson,
                        deadline,
                        new FiveImplementations(
                                fiveResponsibility, fiveMeasures, fiveFunding, fiveDeadline, fiveContingencyPlan),
                        new TreatmentPlan(
                                planObjectives, planMethods, planFunding, planOrganisation, planTimeLimit, planSafety));
            case SUBMIT -> new HazardStep.Submit(version, evidence, null, costYuan);
            case ACCEPT -> new HazardStep.Accept(version, opinion);
            case REJECT -> new HazardStep.Reject(version, reason);
            case CONFIRM_FALSIFIED -> new HazardStep.ConfirmFalsified(version, reason);
            case EXTEND -> new HazardStep.Extend(version, newDeadline, reason);
            case LIST -> new HazardStep.ListForSupervision(version, supervisingDepartmentId, deadline, noticeNo, null);
            case EXPLAIN -> new HazardStep.Explain(version, explanation);
            case CITE -> new HazardStep.Cite(version, null, clauseNumbers);
            case DOWNGRADE -> new HazardStep.Downgrade(version, reason);
            case REPORT_MAJOR -> new HazardStep.ReportMajor(version, channel, recipient, report);
            case SUSPEND -> new HazardStep.Suspend(version, area);
        };
    }

    public @Nullable String getChannel() {
        return channel;
    }

    public void setChannel(@Nullable String channel) {
        this.channel = channel;
    }

    public @Nullable String getRecipient() {
        return recipient;
    }

    public void setRecipient(@Nullable String recipient) {
        this.recipient = recipient;
    }

    public @Nullable String getReport() {
        return report;
    }

    public void setReport(@Nullable String report) {
        this.report = report;
    }

    public @Nullable String getArea() {
        return area;
    }

    public void setArea(@Nullable String area) {
        this.area = area;
    }

    public String getClauseNumbers() {
        return clauseNumbers;
    }

    public void setClauseNumbers(String clauseNumbers) {
        this.clauseNumbers = clauseNumbers;
    }

    public String getFiveResponsibility() {
        return fiveResponsibility;
    }

    public void setFiveResponsibility(String fiveResponsibility) {
        this.fiveResponsibility = fiveResponsibility;
    }

    public String getFiveMeasures() {
        return fiveMeasures;
    }

    public void setFiveMeasures(String fiveMeasures) {
        this.fiveMeasures = fiveMeasures;
    }

    public String getFiveFunding() {
        return fiveFunding;
    }

    public void setFiveFunding(String fiveFunding) {
        this.fiveFunding = fiveFunding;
    }

    public String getFiveDeadline() {
        return fiveDeadline;
    }

    public void setFiveDeadline(String fiveDeadline) {
        this.fiveDeadline = fiveDeadline;
    }

    public String getFiveContingencyPlan() {
        return fiveContingencyPlan;
    }

    public void setFiveContingencyPlan(String fiveContingencyPlan) {
        this.fiveContingencyPlan = fiveContingencyPlan;
    }

    public @Nullable Long getSupervisingDepartmentId() {
        return supervisingDepartmentId;
    }

    public void setSupervisingDepartmentId(@Nullable Long supervisingDepartmentId) {
        this.supervisingDepartmentId = supervisingDepartmentId;
    }

    public String getNoticeNo() {
        return noticeNo;
    }

    public void setNoticeNo(String noticeNo) {
        this.noticeNo = noticeNo;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public @Nullable Long getCostYuan() {
        return costYuan;
    }

    public void setCostYuan(@Nullable Long costYuan) {
        this.costYuan = costYuan;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(String newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getPlanObjectives() {
        return planObjectives;
    }

    public void setPlanObjectives(String planObjectives) {
        this.planObjectives = planObjectives;
    }

    public String getPlanMethods() {
        return planMethods;
    }

    public void setPlanMethods(String planMethods) {
        this.planMethods = planMethods;
    }

    public String getPlanFunding() {
        return planFunding;
    }

    public void setPlanFunding(String planFunding) {
        this.planFunding = planFunding;
    }

    public String getPlanOrganisation() {
        return planOrganisation;
    }

    public void setPlanOrganisation(String planOrganisation) {
        this.planOrganisation = planOrganisation;
    }

    public String getPlanTimeLimit() {
        return planTimeLimit;
    }

    public void setPlanTimeLimit(String planTimeLimit) {
        this.planTimeLimit = planTimeLimit;
    }

    public String getPlanSafety() {
        return planSafety;
    }

    public void setPlanSafety(String planSafety) {
        this.planSafety = planSafety;
    }
}
