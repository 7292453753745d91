package org.safeledger.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeledger.accident.AccidentFilter;
import org.safeledger.accident.AccidentStatistics;
import org.safeledger.enforcement.DocumentFilter;
import org.safeledger.enforcement.EnforcementDocuments;
import org.safeledger.hazard.HazardStatistics;
import org.safeledger.hazard.RegionTally;
import org.safeledger.hazard.TrendPoint;
import org.safeledger.org.Region;
import org.safeledger.org.RegionDirectory;
import org.safeledger.rectification.RectificationFilter;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.rectification.Rectifications;
import org.safeledger.risk.RiskLevel;
import org.safeledger.risk.RiskRegister;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * The statistics of a region for a period, composed from each module's own figures in the reader's scope: hazards
 * (always), accidents, enforcement documents and rectification items (each when the reader may read them), the
 * campaigns under way; the children on the four-colour map; the trend against the same months of last year.
 */
@Service
public class RegionStatistics {

    private final HazardStatistics hazards;
    private final AccidentStatistics accidents;
    private final EnforcementDocuments documents;
    private final Rectifications items;
    private final RiskRegister risks;
    private final ActiveCampaigns campaigns;
    private final RegionDirectory regions;
    private final StatisticsProperties properties;

    RegionStatistics(
            HazardStatistics hazards,
            AccidentStatistics accidents,
            EnforcementDocuments documents,
            Rectifications items,
            RiskRegister risks,
            ActiveCampaigns campaigns,
            RegionDirectory regions,
            StatisticsProperties properties) {
        this.hazards = hazards;
        this.accidents = accidents;
        this.documents = documents;
        this.items = items;
        this.risks = risks;
        this.campaigns = campaigns;
        this.regions = regions;
        this.properties = properties;
    }

    public java.time.LocalDate today() {
        return hazards.today();
    }

    public Overview overview(Actor actor, StatisticsRequest r) {
        var figures = hazards.figures(actor, r.region(), r.sector(), r.from(), r.to());
        boolean readsAccidents = actor.can(Permission.ACCIDENT_READ);
        boolean readsDocuments = actor.can(Permission.ENFORCEMENT_READ);
        boolean readsItems =
                actor.can(Permission.RECTIFICATION_READ) && actor.scope().enterpriseId() == null;
        return new Overview(
                r.region().value(),
                name(r.region()),
                r.sector(),
                r.from(),
                r.to(),
                figures,
                new Overview.Rates(figures.rectificationRate(), figures.onTimeRate()),
                readsAccidents ? accidents.totals(actor, accidentFilter(r)) : null,
                readsDocuments
                        ? documents.totals(actor, DocumentFilter.none().issued(r.region(), r.from(), r.to()))
                        : null,
                readsItems ? items(actor, r.region()) : null,
                campaigns.over(actor, r.region()),
                StatisticsLinks.of(r, readsAccidents, readsDocuments, readsItems));
    }

    /** The region's children with their figures, points and colours (none below a county). */
    public List<RegionFigure> children(Actor actor, StatisticsRequest r) {
        var tallies = hazards.byChild(actor, r.region(), r.sector(), r.from(), r.to());
        Map<String, long[]> accidentsByChild =
                actor.can(Permission.ACCIDENT_READ) ? accidents.byChildRegion(actor, accidentFilter(r)) : Map.of();
        Map<String, Map<RiskLevel, Long>> riskByChild =
                actor.can(Permission.RISK_READ) ? risks.levelsByChildRegion(actor, r.region()) : Map.of();
        var result = new ArrayList<RegionFigure>();
        for (var child : childRegions(r.region())) {
            var prefix = child.regionCode().subtreePrefix();
            var tally = tallies.getOrDefault(prefix, RegionTally.empty(prefix));
            var accident = accidentsByChild.getOrDefault(prefix, new long[2]);
            var risk = riskByChild.getOrDefault(prefix, Map.of());
            var facts = new RegionColours.Facts(
                    tally.majorOpen(),
                    tally.overdue(),
                    tally.escalatedToLeaders(),
                    accident[0],
                    accident[1],
                    risk.getOrDefault(RiskLevel.MAJOR, 0L),
                    risk.getOrDefault(RiskLevel.LARGER, 0L));
            long points = RegionColours.points(facts, properties.colour());
            result.add(new RegionFigure(
                    child.code(),
                    child.name(),
                    tally,
                    facts.accidents(),
                    facts.deaths(),
                    facts.majorRisks(),
                    facts.largerRisks(),
                    points,
                    RegionColours.colour(points, properties.colour())));
        }
        return result;
    }

    /** The trend by month (or ISO week), and the same periods one year earlier. */
    public Trend trend(Actor actor, StatisticsRequest r, boolean weekly) {
        var earlier = r.yearEarlier();
        return new Trend(
                weekly ? "WEEK" : "MONTH",
                hazards.trend(actor, r.region(), r.sector(), r.from(), r.to(), weekly),
                hazards.trend(actor, earlier.region(), earlier.sector(), earlier.from(), earlier.to(), weekly));
    }

    /** Found, closed and overdue per period; {@code lastYear} holds the same periods a year before. */
    public record Trend(String interval, List<TrendPoint> points, List<TrendPoint> lastYear) {}

    public String name(RegionCode region) {
        return region.equals(RegionCode.COUNTRY)
                ? "—"
                : regions.find(region.value()).map(Region::name).orElse(region.value());
    }

    private List<Region> childRegions(RegionCode region) {
        if (region.equals(RegionCode.COUNTRY)) {
            return regions.provinces();
        }
        if (region.subtreePrefix().length() == 6) {
            return List.of();
        }
        return regions.children(region.value());
    }

    private static AccidentFilter accidentFilter(StatisticsRequest r) {
        return AccidentFilter.none().in(r.region()).between(r.from(), r.to());
    }

    private Overview.Items items(Actor actor, RegionCode region) {
        var code = region.equals(RegionCode.COUNTRY) ? null : region.value();
        var one = new PageRequest(0, 1);
        long total = items.list(actor, new RectificationFilter(null, null, code, null, null, null, null), one)
                .total();
        long closed = items.list(
                        actor,
                        new RectificationFilter(null, null, code, RectificationStatus.CLOSED, null, null, null),
                        one)
                .total();
        long overdue = items.list(actor, new RectificationFilter(null, null, code, null, true, null, null), one)
                .total();
        return new Overview.Items(total, total - closed, closed, overdue);
    }
}
