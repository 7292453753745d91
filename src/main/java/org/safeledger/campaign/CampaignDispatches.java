package org.safeledger.campaign;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatch reports (调度): each region below a campaign's own reports its progress to the one above every period
 * ({@code safeledger.campaign.dispatch-every}, weekly), by the period's last day, through its office; the report keeps
 * the region's figures as they stood. Read by whoever reads the campaign, each its own subtree.
 */
@Service
public class CampaignDispatches {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Campaigns campaigns;
    private final CampaignStore store;
    private final CampaignProgress progress;
    private final CampaignProperties properties;
    private final SafeLedgerProperties platform;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignDispatches(
            Campaigns campaigns,
            CampaignStore store,
            CampaignProgress progress,
            CampaignProperties properties,
            SafeLedgerProperties platform,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.progress = progress;
        this.properties = properties;
        this.platform = platform;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Dispatch file(Actor actor, long id, String regionCode, CampaignInputs.DispatchInput input) {
        drafts.check(input);
        var unit = campaigns.actable(actor, id, regionCode);
        var campaign = store.find(id).orElseThrow();
        var window = DispatchClock.current(
                campaign.firstDay(), campaign.lastDay(), properties.dispatchEvery(), campaigns.today());
        boolean filed = window != null
                && store.dispatches(id, new RegionCode(unit.regionCode()).subtreePrefix()).stream()
                        .anyMatch(r -> r.regionCode().equals(unit.regionCode())
                                && r.periodFrom().equals(window.from()));
        var refused = unit.dispatchRefusal(campaign, window, filed);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var figures = progress.of(actor, id, unit.regionCode()).regions().get(0).figures();
        var dispatch = new Dispatch(
                unit.regionCode(),
                window.from(),
                window.due(),
                input.report().strip(),
                figures,
                clock.instant(),
                actor.displayName(),
                false);
        store.insertDispatch(id, dispatch, JSON.writeValueAsString(figures));
        events.publishEvent(Audited.by(
                actor,
                "campaign.dispatch",
                "campaign:" + id,
                Map.of("regionCode", unit.regionCode(), "period", window.from().toString())));
        return dispatch;
    }

    /** The reports of a region's subtree (the reader's when none is named), newest period first. */
    public List<Dispatch> list(Actor actor, long id, @Nullable String regionCode) {
        return list(campaigns.get(actor, id), regionCode);
    }

    /** The reports of the view's units within a region's subtree (all of them when none is named). */
    public List<Dispatch> list(CampaignView view, @Nullable String regionCode) {
        long id = view.campaign().id();
        var codes = new HashSet<String>();
        campaigns.units(view, regionCode).forEach(u -> codes.add(u.regionCode()));
        if (codes.isEmpty()) {
            return List.of();
        }
        var root = new RegionCode(codes.stream().min(String::compareTo).orElseThrow());
        var zone = platform.zone();
        return store.dispatches(id, root.subtreePrefix()).stream()
                .filter(r -> codes.contains(r.regionCode()))
                .map(r -> new Dispatch(
                        r.regionCode(),
                        r.periodFrom(),
                        r.due(),
                        r.report(),
                        JSON.readValue(r.figures(), new TypeReference<Map<String, Object>>() {}),
                        r.filedAt(),
                        r.filedByName(),
                        r.filedAt().atZone(zone).toLocalDate().isAfter(r.due())))
                .toList();
    }
}
