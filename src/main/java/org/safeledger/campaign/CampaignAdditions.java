package org.safeledger.campaign;

import java.util.Arrays;
import java.util.Map;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a region below adds to a campaign of its own (a region "may add its own items"): items for one sector's
 * checklist that the enterprises of its subtree run beside the campaign's, added by its office once it has taken the
 * campaign on, once a sector.
 */
@Service
public class CampaignAdditions {

    private final Campaigns campaigns;
    private final CampaignStore store;
    private final CampaignChecklists checklists;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;

    CampaignAdditions(
            Campaigns campaigns,
            CampaignStore store,
            CampaignChecklists checklists,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.store = store;
        this.checklists = checklists;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
    }

    @Transactional
    public CampaignView addItems(Actor actor, long id, String regionCode, CampaignInputs.OwnItems input) {
        drafts.check(input);
        var unit = campaigns.actable(actor, id, regionCode);
        var campaign = store.find(id).orElseThrow();
        var sector = InputValues.code(Sector.class, "sector", input.sector().strip());
        var refused = campaigns.sectorRefusal(actor, campaign, unit.regionCode(), sector);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var items = Arrays.stream(input.items().split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "error.field.required");
        }
        if (items.size() > 50) {
            throw new InvalidInputException("items", "error.campaign.tooManyItems", 50);
        }
        var name = regions.find(unit.regionCode()).map(r -> r.name()).orElse(unit.regionCode());
        checklists.addItems(actor, campaign, unit, sector, items, name);
        events.publishEvent(Audited.by(
                actor,
                "campaign.addItems",
                "campaign:" + id,
                Map.of("regionCode", unit.regionCode(), "sector", sector.name(), "items", items.size())));
        return campaigns.get(actor, id);
    }
}
