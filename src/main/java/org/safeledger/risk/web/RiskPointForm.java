package org.safeledger.risk.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.risk.RiskPointDraft;

/** The risk point form (a mutable bean for Thymeleaf's field binding). */
public class RiskPointForm {

    private @Nullable Long enterpriseId;
    private String name = "";
    private String place = "";
    private String activity = "";
    private String hazardFactors = "";
    private String controlMeasures = "";
    private String responsiblePost = "";
    private @Nullable String responsiblePerson;

    RiskPointDraft toDraft() {
        return new RiskPointDraft(
                enterpriseId,
                name,
                place,
                activity,
                hazardFactors,
                controlMeasures,
                responsiblePost,
                responsiblePerson);
    }

    public @Nullable Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(@Nullable Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getHazardFactors() {
        return hazardFactors;
    }

    public void setHazardFactors(String hazardFactors) {
        this.hazardFactors = hazardFactors;
    }

    public String getControlMeasures() {
        return controlMeasures;
    }

    public void setControlMeasures(String controlMeasures) {
        this.controlMeasures = controlMeasures;
    }

    public String getResponsiblePost() {
        return responsiblePost;
    }

    public void setResponsiblePost(String responsiblePost) {
        this.responsiblePost = responsiblePost;
    }

    public @Nullable String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(@Nullable String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }
}
