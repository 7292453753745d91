package org.safeledger.hazard.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardReport;

/** The phone-sized report form: what the user typed, kept when the ledger refuses it. */
public class ReportForm {

    private @Nullable Long enterpriseId;
    private String title = "";
    private String description = "";
    private String location = "";
    private String sector = "";
    private String source = "SELF_INSPECTION";
    private @Nullable LocalDateTime discoveredAt;
    private String discoveredBy = "";
    private boolean rectifiedOnSpot;
    private String evidence = "";
    private @Nullable Long riskPointId;

    HazardReport toReport(ZoneId zone, List<Long> photoIds) {
        var at = discoveredAt == null ? null : discoveredAt.atZone(zone).toOffsetDateTime();
        return new HazardReport(
                enterpriseId,
                title,
                description,
                location,
                null,
                null,
                sector,
                at,
                discoveredBy,
                source,
                photoIds,
                null,
                rectifiedOnSpot,
                rectifiedOnSpot ? evidence : null,
                List.of(),
                riskPointId);
    }

    public @Nullable Long getRiskPointId() {
        return riskPointId;
    }

    public void setRiskPointId(@Nullable Long riskPointId) {
        this.riskPointId = riskPointId;
    }

    public @Nullable Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(@Nullable Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public @Nullable LocalDateTime getDiscoveredAt() {
        return discoveredAt;
    }

    public void setDiscoveredAt(@Nullable LocalDateTime discoveredAt) {
        this.discoveredAt = discoveredAt;
    }

    public String getDiscoveredBy() {
        return discoveredBy;
    }

    public void setDiscoveredBy(String discoveredBy) {
        this.discoveredBy = discoveredBy;
    }

    public boolean isRectifiedOnSpot() {
        return rectifiedOnSpot;
    }

    public void setRectifiedOnSpot(boolean rectifiedOnSpot) {
        this.rectifiedOnSpot = rectifiedOnSpot;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
