package org.safeledger.hazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * A hazard's state as it is read: what was reported, where its loop stands, its listing, flags and plans. Only the
 * aggregate ({@link Hazard}, in this package) changes it, by its transitions.
 */
public abstract class HazardRecord {

    final long id;
    final long enterpriseId;
    final String regionCode;
    final String title;
    final String description;
    final String location;
    final @Nullable BigDecimal longitude;
    final @Nullable BigDecimal latitude;
    final Sector sector;
    final HazardSource source;
    HazardGrade grade;

    @Nullable
    FiveImplementations fiveImplementations;

    @Nullable
    TreatmentPlan treatmentPlan;

    final @Nullable Long riskPointId;
    HazardStatus status;
    final Instant discoveredAt;
    final String discoveredBy;
    final long reportedBy;
    final List<Long> photoIds;

    @Nullable
    String plan;

    @Nullable
    String responsiblePerson;

    @Nullable
    LocalDate deadline;

    int extensions;

    @Nullable
    String evidence;

    List<Long> evidenceIds;

    @Nullable
    Long costYuan;

    final boolean rectifiedOnSpot;
    int rejections;

    @Nullable
    String verificationOpinion;

    @Nullable
    Instant closedAt;

    @Nullable
    Long closedBy;

    int version;
    final Instant createdAt;
    Instant updatedAt;
    int escalationTier;
    boolean escalationReset;

    @Nullable
    Listing listing;

    boolean explanationDue;
    final java.util.EnumSet<HazardFlag> flags = java.util.EnumSet.noneOf(HazardFlag.class);

    HazardRecord(HazardState s) {
        this.id = s.id();
        this.enterpriseId = s.enterpriseId();
        this.regionCode = s.regionCode();
        this.title = s.title();
        this.description = s.description();
        this.location = s.location();
        this.longitude = s.longitude();
        this.latitude = s.latitude();
        this.sector = s.sector();
        this.source = s.source();
        this.grade = s.grade();
        this.status = s.status();
        this.discoveredAt = s.discoveredAt();
        this.discoveredBy = s.discoveredBy();
        this.reportedBy = s.reportedBy();
        this.photoIds = List.copyOf(s.photoIds());
        this.plan = s.plan();
        this.responsiblePerson = s.responsiblePerson();
        this.deadline = s.deadline();
        this.extensions = s.extensions();
        this.evidence = s.evidence();
        this.evidenceIds = List.copyOf(s.evidenceIds());
        this.costYuan = s.costYuan();
        this.rectifiedOnSpot = s.rectifiedOnSpot();
        this.rejections = s.rejections();
        this.verificationOpinion = s.verificationOpinion();
        this.closedAt = s.closedAt();
        this.closedBy = s.closedBy();
        this.version = s.version();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.escalationTier = s.escalationTier();
        this.listing = s.listing();
        this.explanationDue = s.explanationDue();
        this.flags.addAll(s.flags());
        this.fiveImplementations = s.fiveImplementations();
        this.treatmentPlan = s.treatmentPlan();
        this.riskPointId = s.riskPointId();
    }

    public long id() {
        return id;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    public @Nullable BigDecimal longitude() {
        return longitude;
    }

    public @Nullable BigDecimal latitude() {
        return latitude;
    }

    public Sector sector() {
        return sector;
    }

    public HazardSource source() {
        return source;
    }

    public HazardGrade grade() {
        return grade;
    }

    public HazardStatus status() {
        return status;
    }

    public Instant discoveredAt() {
        return discoveredAt;
    }

    public String discoveredBy() {
        return discoveredBy;
    }

    public long reportedBy() {
        return reportedBy;
    }

    public List<Long> photoIds() {
        return photoIds;
    }

    public @Nullable String plan() {
        return plan;
    }

    public @Nullable String responsiblePerson() {
        return responsiblePerson;
    }

    public @Nullable LocalDate deadline() {
        return deadline;
    }

    public int extensions() {
        return extensions;
    }

    public @Nullable String evidence() {
        return evidence;
    }

    public List<Long> evidenceIds() {
        return evidenceIds;
    }

    public @Nullable Long costYuan() {
        return costYuan;
    }

    public boolean rectifiedOnSpot() {
        return rectifiedOnSpot;
    }

    public int rejections() {
        return rejections;
    }

    public @Nullable String verificationOpinion() {
        return verificationOpinion;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Long closedBy() {
        return closedBy;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** How far up the responsibility chain this hazard has been escalated for being overdue (0 to 3). */
    public int escalationTier() {
        return escalationTier;
    }

    /** The listing for supervision, or null when the hazard is not listed. */
    public @Nullable Listing listing() {
        return listing;
    }

    public @Nullable FiveImplementations fiveImplementations() {
        return fiveImplementations;
    }

    public @Nullable TreatmentPlan treatmentPlan() {
        return treatmentPlan;
    }

    /** The risk point whose controls this hazard shows failing, if reported against one. */
    public @Nullable Long riskPointId() {
        return riskPointId;
    }

    public java.util.Set<HazardFlag> flags() {
        return java.util.Collections.unmodifiableSet(flags);
    }

    public boolean listed() {
        return listing != null;
    }

    /** Whether the responsible unit owes a written explanation (a listed hazard failed its verification). */
    public boolean explanationDue() {
        return explanationDue;
    }

    /** Whether a step since loading started the escalation over (a new deadline). */
    boolean escalationReset() {
        return escalationReset;
    }
}
