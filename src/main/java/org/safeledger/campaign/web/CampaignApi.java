package org.safeledger.campaign.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.campaign.CampaignInputs;
import org.safeledger.campaign.CampaignView;
import org.safeledger.campaign.Campaigns;
import org.safeledger.shared.Actor;
import org.springframework.http.HttpStatus;
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

    CampaignApi(Campaigns campaigns) {
        this.campaigns = campaigns;
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

    /** The units of a region's subtree (the reader's when none is named): plan filed or late, phase entered. */
    @GetMapping("/api/v1/campaigns/{id}/progress")
    Map<String, Object> progress(
            Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable String regionCode) {
        List<CampaignView.UnitView> units = campaigns.units(actor, id, regionCode);
        return Map.of(
                "regions",
                units.stream()
                        .map(u -> Map.of(
                                "regionCode", u.regionCode(),
                                "name", u.regionName(),
                                "status", u.status(),
                                "planFiled", u.planFiledOn() != null,
                                "planLate", u.planLate(),
                                "phase", u.phase() == null ? "" : u.phase().name()))
                        .toList(),
                "alerts",
                List.of());
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
