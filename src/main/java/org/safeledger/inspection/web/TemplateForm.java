package org.safeledger.inspection.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.inspection.TemplateDraft;

/** The checklist form: custom items one per line. */
public class TemplateForm {

    private String name = "";
    private String sector = "";
    private @Nullable Long enterpriseId;
    private String standardCode = "";
    private String clauseNumbers = "";
    private String customItems = "";

    TemplateDraft toDraft() {
        return new TemplateDraft(
                name,
                sector,
                enterpriseId,
                standardCode.isBlank() ? null : standardCode,
                clauseNumbers,
                List.of(customItems.split("\\R")).stream()
                        .filter(l -> !l.isBlank())
                        .toList());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public @Nullable Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(@Nullable Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public void setStandardCode(String standardCode) {
        this.standardCode = standardCode;
    }

    public String getClauseNumbers() {
        return clauseNumbers;
    }

    public void setClauseNumbers(String clauseNumbers) {
        this.clauseNumbers = clauseNumbers;
    }

    public String getCustomItems() {
        return customItems;
    }

    public void setCustomItems(String customItems) {
        this.customItems = customItems;
    }
}
