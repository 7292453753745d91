package org.safeledger.reporting;

import java.util.List;
import org.safeledger.campaign.Campaigns;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Component;

/** The campaigns under way over a region: launched for it, above it or below it, today within their phases. */
@Component
class ActiveCampaigns {

    private final Campaigns campaigns;

    ActiveCampaigns(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    List<Overview.ActiveCampaign> over(Actor actor, RegionCode region) {
        var today = campaigns.today();
        return campaigns.list(actor).stream()
                .filter(c -> overlaps(new RegionCode(c.regionCode()), region))
                .filter(c -> !c.phases().isEmpty())
                .filter(c -> !c.phases().get(0).from().isAfter(today)
                        && !c.phases().get(c.phases().size() - 1).to().isBefore(today))
                .map(c -> new Overview.ActiveCampaign(
                        c.id(), c.title(), c.phases().get(c.phases().size() - 1).to()))
                .toList();
    }

    private static boolean overlaps(RegionCode a, RegionCode b) {
        return a.contains(b) || b.contains(a);
    }
}
