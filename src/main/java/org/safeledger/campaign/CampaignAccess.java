package org.safeledger.campaign;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;

/**
 * Who may act for a region in a campaign and who reads it: its safety committee office (the region's emergency
 * management department) or a department of that region supervising one of the campaign's sectors, or an
 * administrator over it; readers are the accounts of the campaign's region, its subtree and above, never an
 * enterprise's (its tasks reach it as checklists), and each reads the units of its own subtree only.
 */
public final class CampaignAccess {

    private CampaignAccess() {}

    /**
     * Launching for a region: its office for any sectors, a department of the region only for sectors it supervises
     * (all of them — a mine-safety bureau does not launch a campaign on chemicals).
     */
    public static Optional<ForbiddenException> launchRefusal(
            Actor actor, RegionCode region, Set<Sector> sectors, @Nullable Department department) {
        var refused = actRefusal(actor, region, sectors, department);
        if (refused.isPresent()
                || department == null
                || department.kind() == DepartmentKind.EMERGENCY_MANAGEMENT
                || department.sectors().containsAll(sectors)) {
            return refused;
        }
        return Optional.of(new ForbiddenException("error.campaign.notItsSectors", region.value()));
    }

    public static Optional<ForbiddenException> actRefusal(
            Actor actor, RegionCode region, Set<Sector> sectors, @Nullable Department department) {
        if (!actor.can(Permission.CAMPAIGN_RUN)) {
            return Optional.of(new ForbiddenException("error.campaign.notOffice", region.value()));
        }
        if (actor.has(Role.ADMINISTRATOR) && actor.scope().region().contains(region)) {
            return Optional.empty();
        }
        if (department != null
                && department.regionCode().equals(region.value())
                && (department.kind() == DepartmentKind.EMERGENCY_MANAGEMENT
                        || department.sectors().stream().anyMatch(sectors::contains))) {
            return Optional.empty();
        }
        return Optional.of(new ForbiddenException("error.campaign.notOffice", region.value()));
    }

    /** Reads the campaign of {@code campaignRegion}: the reader's region is on its lineage or in its subtree. */
    public static Optional<ForbiddenException> readRefusal(Actor actor, RegionCode campaignRegion) {
        var own = actor.scope().region();
        if (actor.scope().enterpriseId() != null || !(campaignRegion.contains(own) || own.contains(campaignRegion))) {
            return Optional.of(new ForbiddenException("error.campaign.notRead"));
        }
        return Optional.empty();
    }
}
