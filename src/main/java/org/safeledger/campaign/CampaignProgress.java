package org.safeledger.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.FindingTallies;
import org.safeledger.inspection.CheckCoverage;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Service;

/**
 * A campaign's progress as its bulletins count it, for every unit the reader sees (or those of one region's
 * subtree): plan and phase, enterprises covered, self-checks done, enforcement done, hazards found in the campaign's
 * days by source and rectified, the major ones apart; and the alerts of units going through the motions. One read
 * of the hazards and one of the enterprises for the whole subtree, summed per unit.
 */
@Service
public class CampaignProgress {

    /** The units' figures and the alerts among them. */
    public record Progress(
            CampaignView view, List<UnitProgress> regions, List<CampaignAlert> alerts, long checklistFindings) {

        /** The first unit, the root of the subtree read, and the units one level below it: what a page lists. */
        public List<UnitProgress> rootAndChildren() {
            if (regions.isEmpty()) {
                return regions;
            }
            var root = new RegionCode(regions.get(0).regionCode());
            return regions.stream()
                    .filter(u -> u == regions.get(0)
                            || new RegionCode(u.regionCode()).lineage().size()
                                    == root.lineage().size() + 1)
                    .toList();
        }
    }

    private final Campaigns campaigns;
    private final CampaignStore store;
    private final FindingTallies hazards;
    private final CheckCoverage coverage;
    private final CampaignProperties properties;
    private final SafeLedgerProperties platform;
    private final Clock clock;

    CampaignProgress(
            Campaigns campaigns,
            CampaignStore store,
            FindingTallies hazards,
            CheckCoverage coverage,
            CampaignProperties properties,
            SafeLedgerProperties platform,
            Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.hazards = hazards;
        this.coverage = coverage;
        this.properties = properties;
        this.platform = platform;
        this.clock = clock;
    }

    public Progress of(Actor actor, long id, @Nullable String regionCode) {
        return of(actor, id, regionCode, null);
    }

    /**
     * The progress of one of the campaign's sectors only when one is named (what a department supervising it
     * answers for), of all of them otherwise.
     */
    public Progress of(Actor actor, long id, @Nullable String regionCode, @Nullable String sectorCode) {
        var view = campaigns.get(actor, id);
        var units = campaigns.units(view, regionCode);
        if (units.isEmpty()) {
            return new Progress(view, List.of(), List.of(), 0);
        }
        var campaign = view.campaign();
        // the units come in code order: the first is the root of the subtree read
        var root = new RegionCode(units.get(0).regionCode());
        var zone = platform.zone();
        var from = campaign.phases().get(0).from().atStartOfDay(zone).toInstant();
        var to = campaign.phases()
                .get(campaign.phases().size() - 1)
                .to()
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        if (to.isAfter(clock.instant())) {
            to = clock.instant();
        }
        var sectors = campaign.sectors();
        if (sectorCode != null && !sectorCode.isBlank()) {
            var sector = InputValues.code(Sector.class, "sector", sectorCode.strip());
            if (!sectors.contains(sector)) {
                throw new InvalidInputException("sector", "error.campaign.notItsSector", sector);
            }
            sectors = Set.of(sector);
        }
        var chosen = sectors;
        var found = hazards.found(root, sectors, from, to);
        var reached = coverage.of(
                root,
                sectors,
                store.checklists(id).stream()
                        .filter(c -> chosen.contains(c.sector()))
                        .map(CampaignStore.Checklist::templateId)
                        .toList(),
                from,
                to);
        var regions = new ArrayList<UnitProgress>();
        var alerts = new ArrayList<CampaignAlert>();
        for (var u : units) {
            var within = new RegionCode(u.regionCode());
            long enterprises = 0;
            long selfChecked = 0;
            long enforced = 0;
            for (var c : reached) {
                if (within.contains(new RegionCode(c.regionCode()))) {
                    enterprises += c.enterprises();
                    selfChecked += c.selfChecked();
                    enforced += c.enforced();
                }
            }
            var foundBy = new EnumMap<FindingSource, Long>(FindingSource.class);
            var rectifiedBy = new EnumMap<FindingSource, Long>(FindingSource.class);
            long majorFound = 0;
            long majorRectified = 0;
            for (var t : found) {
                if (!within.contains(new RegionCode(t.regionCode()))) {
                    continue;
                }
                var sources = t.listed()
                        ? List.of(FindingSource.finder(t.source()), FindingSource.LISTED)
                        : List.of(FindingSource.finder(t.source()));
                for (var s : sources) {
                    foundBy.merge(s, t.count(), Long::sum);
                    if (t.closed()) {
                        rectifiedBy.merge(s, t.count(), Long::sum);
                    }
                }
                majorFound += t.major() ? t.count() : 0;
                majorRectified += t.major() && t.closed() ? t.count() : 0;
            }
            var progress = new UnitProgress(
                    u.regionCode(),
                    u.regionName(),
                    u.status(),
                    u.planFiledOn() != null,
                    u.planLate(),
                    u.phase(),
                    enterprises,
                    selfChecked,
                    enforced,
                    foundBy,
                    rectifiedBy,
                    majorFound,
                    majorRectified);
            regions.add(progress);
            alerts.addAll(GoingThroughMotions.of(progress, properties.alerts()));
        }
        return new Progress(view, regions, alerts, store.findings(id, root.subtreePrefix()));
    }
}
