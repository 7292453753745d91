package org.safeledger.accident.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentDraft;
import org.safeledger.shared.InvalidInputException;

/** The accident report form (a bean for field binding); the time is the local time of the application's zone. */
public class AccidentForm {

    private @Nullable Long enterpriseId;
    private String occurredAt = "";
    private String place = "";
    private String type = "";
    private String sector = "";
    private String scene = "";
    private String summary = "";
    private @Nullable Integer deaths = 0;
    private @Nullable Integer missing = 0;
    private @Nullable Integer seriousInjuries = 0;
    private @Nullable Integer minorInjuries = 0;
    private @Nullable Long directLossYuan = 0L;
    private String measures = "";
    private String otherInfo = "";

    AccidentDraft toDraft(ZoneId zone) {
        if (occurredAt.isBlank()) {
            throw new InvalidInputException("occurredAt", "error.field.required");
        }
        java.time.OffsetDateTime when;
        try {
            var local = LocalDateTime.parse(occurredAt.strip());
            when = local.atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "error.accident.occurredFormat");
        }
        return new AccidentDraft(
                enterpriseId,
                when,
                place,
                type,
                sector,
                scene,
                summary,
                deaths,
                missing,
                seriousInjuries,
                minorInjuries,
                directLossYuan,
                measures,
                otherInfo);
    }

    public @Nullable Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(@Nullable Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getScene() {
        return scene;
    }

    public void setScene(String scene) {
        this.scene = scene;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public @Nullable Integer getDeaths() {
        return deaths;
    }

    public void setDeaths(@Nullable Integer deaths) {
        this.deaths = deaths;
    }

    public @Nullable Integer getMissing() {
        return missing;
    }

    public void setMissing(@Nullable Integer missing) {
        this.missing = missing;
    }

    public @Nullable Integer getSeriousInjuries() {
        return seriousInjuries;
    }

    public void setSeriousInjuries(@Nullable Integer seriousInjuries) {
        this.seriousInjuries = seriousInjuries;
    }

    public @Nullable Integer getMinorInjuries() {
        return minorInjuries;
    }

    public void setMinorInjuries(@Nullable Integer minorInjuries) {
        this.minorInjuries = minorInjuries;
    }

    public @Nullable Long getDirectLossYuan() {
        return directLossYuan;
    }

    public void setDirectLossYuan(@Nullable Long directLossYuan) {
        this.directLossYuan = directLossYuan;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getOtherInfo() {
        return otherInfo;
    }

    public void setOtherInfo(String otherInfo) {
        this.otherInfo = otherInfo;
    }
}
