package org.safeledger.org.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Enterprise;
import org.safeledger.org.EnterpriseDraft;
import org.safeledger.org.MineType;
import org.safeledger.shared.Sector;

/** The enterprise page form: what the user typed, kept intact when the register refuses it. */
public class EnterpriseForm {

    static final int LICENCE_ROWS = 3;

    private String name = "";
    private String creditCode = "";
    private String regionCode = "";
    private List<String> sectors = new ArrayList<>();
    private String address = "";
    private @Nullable BigDecimal longitude;
    private @Nullable BigDecimal latitude;
    private @Nullable MineType mineType;
    private String principalName = "";
    private String principalPhone = "";
    private String safetyManagerName = "";
    private String safetyManagerPhone = "";
    private List<LicenceRow> licences = new ArrayList<>();
    private int version;

    public EnterpriseForm() {
        padLicences();
    }

    static EnterpriseForm of(Enterprise e) {
        var form = new EnterpriseForm();
        form.name = e.name();
        form.creditCode = e.creditCode();
        form.regionCode = e.regionCode();
        form.sectors = new ArrayList<>(e.sectors().stream().map(Sector::name).toList());
        form.address = e.address();
        form.longitude = e.longitude();
        form.latitude = e.latitude();
        form.mineType = e.mineType();
        form.principalName = nonNull(e.principalName());
        form.principalPhone = nonNull(e.principalPhone());
        form.safetyManagerName = nonNull(e.safetyManagerName());
        form.safetyManagerPhone = nonNull(e.safetyManagerPhone());
        form.licences = new ArrayList<>();
        e.licences().forEach(l -> form.licences.add(new LicenceRow(l.kind(), l.number(), l.validUntil())));
        form.padLicences();
        form.version = e.version();
        return form;
    }

    EnterpriseDraft toDraft() {
        var licenceDrafts = licences.stream()
                .filter(l -> !l.getKind().isBlank() || !l.getNumber().isBlank())
                .map(l -> new EnterpriseDraft.LicenceDraft(l.getKind(), l.getNumber(), l.getValidUntil()))
                .toList();
        return new EnterpriseDraft(
                name,
                creditCode,
                regionCode,
                null,
                sectors,
                address,
                longitude,
                latitude,
                mineType,
                principalName,
                principalPhone,
                safetyManagerName,
                safetyManagerPhone,
                licenceDrafts);
    }

    private void padLicences() {
        while (licences.size() < LICENCE_ROWS) {
            licences.add(new LicenceRow("", "", null));
        }
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public @Nullable BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable BigDecimal longitude) {
        this.longitude = longitude;
    }

    public @Nullable BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable BigDecimal latitude) {
        this.latitude = latitude;
    }

    public @Nullable MineType getMineType() {
        return mineType;
    }

    public void setMineType(@Nullable MineType mineType) {
        this.mineType = mineType;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public void setPrincipalName(String principalName) {
        this.principalName = principalName;
    }

    public String getPrincipalPhone() {
        return principalPhone;
    }

    public void setPrincipalPhone(String principalPhone) {
        this.principalPhone = principalPhone;
    }

    public String getSafetyManagerName() {
        return safetyManagerName;
    }

    public void setSafetyManagerName(String safetyManagerName) {
        this.safetyManagerName = safetyManagerName;
    }

    public String getSafetyManagerPhone() {
        return safetyManagerPhone;
    }

    public void setSafetyManagerPhone(String safetyManagerPhone) {
        this.safetyManagerPhone = safetyManagerPhone;
    }

    public List<LicenceRow> getLicences() {
        return licences;
    }

    public void setLicences(List<LicenceRow> licences) {
        this.licences = licences;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** One licence line of the form; blank lines are ignored. */
    public static class LicenceRow {
        private String kind;
        private String number;
        private @Nullable LocalDate validUntil;

        public LicenceRow() {
            this("", "", null);
        }

        LicenceRow(String kind, String number, @Nullable LocalDate validUntil) {
            this.kind = kind;
            this.number = number;
            this.validUntil = validUntil;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public @Nullable LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(@Nullable LocalDate validUntil) {
            this.validUntil = validUntil;
        }
    }
}
