package org.safeledger.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;

/**
 * A region's part in a campaign (the aggregate of the cascade): it takes the campaign on, files its plan, and enters
 * the phases in order, each step checked against {@link UnitStatus}'s table and the campaign's schedule.
 */
public record CampaignUnit(
        long campaignId,
        String regionCode,
        UnitStatus status,
        @Nullable Instant takenOnAt,
        @Nullable String takenOnByName,
        @Nullable String plan,
        @Nullable Instant planFiledAt,
        @Nullable String planFiledByName,
        @Nullable PhaseKind phase,
        int version) {

    /** The region takes the campaign on. */
    CampaignUnit takeOn(String by, Instant at) {
        var next = require(UnitStatus.Action.TAKE_ON);
        return new CampaignUnit(
                campaignId, regionCode, next, at, by, plan, planFiledAt, planFiledByName, phase, version);
    }

    /** The region files its own plan (备案). */
    CampaignUnit filePlan(String text, String by, Instant at) {
        var next = require(UnitStatus.Action.FILE_PLAN);
        return new CampaignUnit(campaignId, regionCode, next, takenOnAt, takenOnByName, text, at, by, phase, version);
    }

    /** The region enters the next phase, not before the campaign's schedule opens it. */
    CampaignUnit enter(PhaseKind kind, Campaign campaign, LocalDate today) {
        require(UnitStatus.Action.ENTER_PHASE);
        var expected = phase == null ? PhaseKind.MOBILISATION : phase.next().orElse(null);
        if (kind != expected) {
            throw new ConflictException("phase", "error.campaign.phaseOrder", kind.name());
        }
        var scheduled = campaign.phase(kind)
                .orElseThrow(() -> new InvalidInputException("phase", "error.campaign.noSuchPhase", kind.name()));
        if (today.isBefore(scheduled.from())) {
            throw new ConflictException("phase", "error.campaign.phaseNotOpen", scheduled.from());
        }
        return new CampaignUnit(
                campaignId,
                regionCode,
                status,
                takenOnAt,
                takenOnByName,
                plan,
                planFiledAt,
                planFiledByName,
                kind,
                version);
    }

    /**
     * Why the unit may not file its dispatch report for the period, if it may not: the launching region reports to
     * nobody; a unit reports once it has taken the campaign on, while the campaign runs, once a period.
     */
    java.util.Optional<ConflictException> dispatchRefusal(
            Campaign campaign, DispatchClock.@Nullable Window window, boolean filed) {
        if (regionCode.equals(campaign.regionCode())) {
            return java.util.Optional.of(new ConflictException("regionCode", "error.campaign.dispatchTop"));
        }
        if (status.after(UnitStatus.Action.DISPATCH).isEmpty()) {
            return java.util.Optional.of(new ConflictException(
                    "status", "error.campaign.unitStep", UnitStatus.Action.DISPATCH.name(), status.name()));
        }
        if (window == null) {
            return java.util.Optional.of(new ConflictException("period", "error.campaign.noDispatchPeriod"));
        }
        if (filed) {
            return java.util.Optional.of(
                    new ConflictException("period", "error.campaign.dispatchFiled", window.from()));
        }
        return java.util.Optional.empty();
    }

    /**
     * Why the unit may not add items of its own to a sector's checklist, if it may not: the launching region's
     * checklist is the campaign's; a region below adds once it has taken the campaign on, for a sector of the
     * campaign.
     */
    java.util.Optional<org.safeledger.shared.SafeLedgerException> addItemsRefusal(
            Campaign campaign, org.safeledger.shared.Sector sector) {
        if (regionCode.equals(campaign.regionCode())) {
            return java.util.Optional.of(new ConflictException("regionCode", "error.campaign.itemsOfTop"));
        }
        if (status.after(UnitStatus.Action.ADD_ITEMS).isEmpty()) {
            return java.util.Optional.of(new ConflictException(
                    "status", "error.campaign.unitStep", UnitStatus.Action.ADD_ITEMS.name(), status.name()));
        }
        if (!campaign.sectors().contains(sector)) {
            return java.util.Optional.of(new InvalidInputException("sector", "error.campaign.notItsSector", sector));
        }
        return java.util.Optional.empty();
    }

    /** Late: filed after the day it was due, or not filed and the day has passed. */
    public boolean planLate(LocalDate due, LocalDate today, ZoneId zone) {
        return planFiledAt == null
                ? today.isAfter(due)
                : planFiledAt.atZone(zone).toLocalDate().isAfter(due);
    }

    private UnitStatus require(UnitStatus.Action action) {
        return status.after(action)
                .orElseThrow(
                        () -> new ConflictException("status", "error.campaign.unitStep", action.name(), status.name()));
    }
}
