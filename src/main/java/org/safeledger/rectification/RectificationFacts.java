package org.safeledger.rectification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.RegionCode;

/**
 * What an item's assignment fixed and no step changes: where it came from, what it asks, who answers for it, where,
 * and the body that assigned it. {@link Rectification} adds the loop.
 */
public abstract class RectificationFacts {

    /** The item as loaded: its fixed facts are read from here. */
    protected final RectificationState origin;

    RectificationFacts(RectificationState origin) {
        this.origin = origin;
    }

    public long id() {
        return origin.id();
    }

    public Origin origin() {
        return origin.origin();
    }

    public @Nullable Long originId() {
        return origin.originId();
    }

    public String title() {
        return origin.title();
    }

    public String description() {
        return origin.description();
    }

    public ResponsibleKind responsibleKind() {
        return origin.responsibleKind();
    }

    public @Nullable Long responsibleId() {
        return origin.responsibleId();
    }

    public @Nullable String responsibleRegion() {
        return origin.responsibleRegion();
    }

    public String responsibleName() {
        return origin.responsibleName();
    }

    /** The region the item belongs to: the enterprise's, the department's, or the government's own. */
    public RegionCode region() {
        return new RegionCode(origin.regionCode());
    }

    public long assignedBy() {
        return origin.assignedBy();
    }

    public String assignerName() {
        return origin.assignerName();
    }

    public @Nullable Long assignerDepartmentId() {
        return origin.assignerDepartmentId();
    }

    public RegionCode assignerRegion() {
        return new RegionCode(origin.assignerRegion());
    }

    public LocalDate assignedOn() {
        return origin.assignedOn();
    }

    public LocalDate originalDeadline() {
        return origin.originalDeadline();
    }

    public Instant createdAt() {
        return origin.createdAt();
    }
}
