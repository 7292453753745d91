package org.safeledger.campaign.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.campaign.CampaignChecklists;
import org.safeledger.campaign.CampaignDispatches;
import org.safeledger.campaign.CampaignInputs;
import org.safeledger.campaign.CampaignProgress;
import org.safeledger.campaign.CampaignView;
import org.safeledger.campaign.Campaigns;
import org.safeledger.campaign.Dispatch;
import org.safeledger.campaign.UnitProgress;
import org.safeledger.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: launch one, read them, a region's steps in one (take it on, file its plan, enter a phase). */
@RestController
class CampaignApi {

    private final Campaigns campaigns;
    private final CampaignProgress progress;
    private final CampaignChecklists checklists;
    private final CampaignSummaryFiles files;
    private final CampaignDispatches dispatches;
    private final org.safeledger.campaign.CampaignAdditions additions;

    CampaignApi(
            Campaigns campaigns,
            CampaignProgress progress,
            CampaignChecklists checklists,
            CampaignSummaryFiles files,
            CampaignDispatches dispatches,
            org.safeledger.campaign.CampaignAdditions additions) {
        this.additions = additions;
        this.files = files;
        this.dispatches = dispatches;
        this.campaigns = campaigns;
        this.progress = progress;
        this.checklists = checklists;
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView launch(Actor actor, @RequestBody CampaignInputs input) {
        return campaigns.launch(actor, input);
    }

    @GetMapping("/api/v1/campaigns")
    Map<String, Object> list(Actor actor) {
        return Map.of("items", campaigns.list(actor));
    }

    @GetMapping("/api/v1/campaigns/{id}")
    CampaignView get(Actor actor, @PathVariable long id) {
        return campaigns.get(actor, id);
    }

    /**
     * The units of a region's subtree (the reader's when none is named), each counting its own subtree: plan filed or
     * late, phase entered, enterprises covered and self-checked, enforcement done, hazards found in the campaign's
     * days and rectified by source, the major ones; and the alerts of units going through the motions.
     */
    @GetMapping("/api/v1/campaigns/{id}/progress")
    Map<String, Object> progress(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector) {
        var progress = this.progress.of(actor, id, regionCode, sector);
        return Map.of(
                "regions",
                progress.regions().stream().map(CampaignApi::unit).toList(),
                "alerts",
                progress.alerts(),
                "checklistFindings",
                progress.checklistFindings());
    }

    private static Map<String, Object> unit(UnitProgress u) {
        var unit = new LinkedHashMap<String, Object>();
        unit.put("regionCode", u.regionCode());
        unit.put("name", u.name());
        unit.put("status", u.status());
        unit.put("planFiled", u.planFiled());
        unit.put("planLate", u.planLate());
        unit.put("phase", u.phase() == null ? "" : u.phase().name());
        unit.putAll(u.figures());
        return unit;
    }

    /** The unit's dispatch report for the current period → 201 with its figures as they stand. */
    @PostMapping("/api/v1/campaigns/{id}/units/{regionCode}/dispatch")
    @ResponseStatus(HttpStatus.CREATED)
    Dispatch dispatch(
            Actor actor,
            @PathVariable long id,
            @PathVariable String regionCode,
            @RequestBody CampaignInputs.DispatchInput input) {
        return dispatches.file(actor, id, regionCode, input);
    }

    /** Items of the region's own for one sector, one a line → the campaign. */
    @PostMapping("/api/v1/campaigns/{id}/units/{regionCode}/items")
    CampaignView items(
            Actor actor,
            @PathVariable long id,
            @PathVariable String regionCode,
            @RequestBody CampaignInputs.OwnItems input) {
        return additions.addItems(actor, id, regionCode, input);
    }

    /** The dispatch reports of a region's subtree (the reader's when none is named), newest first. */
    @GetMapping("/api/v1/campaigns/{id}/dispatches")
    Map<String, Object> dispatches(
            Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable String regionCode) {
        return Map.of("items", dispatches.list(actor, id, regionCode));
    }

    /** The summary of a region's subtree (the reader's when none is named) as {@code format=pdf|xlsx}. */
    @GetMapping("/api/v1/campaigns/{id}/summary")
    ResponseEntity<byte[]> summary(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(defaultValue = "xlsx") String format,
            Locale locale) {
        return files.file(progress.of(actor, id, regionCode, sector), format, locale);
    }

    /** The campaign tasks of the reader's enterprise: each sector checklist to run, done or not. */
    @GetMapping("/api/v1/campaign-tasks")
    Map<String, Object> tasks(Actor actor) {
        return Map.of("items", checklists.tasks(actor));
    }

    @PostMapping("/api/v1/campaigns/{id}/units/{regionCode}/take-on")
    CampaignView takeOn(Actor actor, @PathVariable long id, @PathVariable String regionCode) {
        return campaigns.takeOn(actor, id, regionCode);
    }

    @PostMapping("/api/v1/campaigns/{id}/units/{regionCode}/plan")
    CampaignView plan(
            Actor actor,
            @PathVariable long id,
            @PathVariable String regionCode,
            @RequestBody CampaignInputs.Plan input) {
        return campaigns.filePlan(actor, id, regionCode, input);
    }

    @PostMapping("/api/v1/campaigns/{id}/units/{regionCode}/phase")
    CampaignView phase(
            Actor actor,
            @PathVariable long id,
            @PathVariable String regionCode,
            @RequestBody CampaignInputs.Phase input) {
        return campaigns.enterPhase(actor, id, regionCode, input);
    }
}
