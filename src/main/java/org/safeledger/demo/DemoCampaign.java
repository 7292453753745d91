package org.safeledger.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.safeledger.campaign.CampaignInputs;
import org.safeledger.campaign.Campaigns;
import org.safeledger.platform.ApplicationClock;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The demo's campaigns (fictional): the province's mine-safety bureau launched a special rectification of mines (its
 * sectors) three weeks ago, plans due eleven days ago; the league filed on time, the banner only today (late), the
 * other regions not yet; the banner has entered the self-check phase, its mines run the campaign's checklist
 * ({@link DemoCampaignChecks}). Four days ago the league's office launched the flood-season check (三防) of its
 * open pits' slopes, dumps and drainage, which the banner has taken on. The demo clock is set back to each moment
 * (demo mode only, at the first start) and restored afterwards.
 */
@Component
class DemoCampaign {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Campaigns campaigns;
    private final DemoCampaignChecks checks;
    private final ApplicationClock clock;

    DemoCampaign(Campaigns campaigns, DemoCampaignChecks checks, ApplicationClock clock) {
        this.campaigns = campaigns;
        this.checks = checks;
        this.clock = clock;
    }

    void load(DemoSupervision.Cast cast) {
        long id = special(cast.province(), cast.league(), cast.inspector());
        checks.load(cast.mine1(), cast.mine2(), cast.league(), id);
        flood(cast.league(), cast.inspector());
    }

    private long special(Actor province, Actor league, Actor banner) {
        var before = clock.offset();
        var realNow = clock.instant().minus(before);
        var start = realNow.atZone(CHINA).toLocalDate().minusDays(21);
        try {
            at(realNow, start.atTime(9, 0).atZone(CHINA).toInstant());
            var launched = campaigns.launch(
                    province,
                    new CampaignInputs(
                            "SPECIAL_RECTIFICATION",
                            "全区矿山重大事故隐患专项整治（虚构）",
                            null,
                            List.of("COAL_MINE", "NON_COAL_MINE"),
                            List.of(
                                    phase("MOBILISATION", start, 0, 9),
                                    phase("SELF_CHECK", start, 10, 69),
                                    phase("ENFORCEMENT", start, 70, 129),
                                    phase("SUMMARY", start, 130, 159)),
                            start.plusDays(10).toString()));
            long id = launched.campaign().id();
            at(realNow, start.plusDays(6).atTime(15, 0).atZone(CHINA).toInstant());
            campaigns.takeOn(league, id, "152900");
            campaigns.filePlan(
                    league, id, "152900", new CampaignInputs.Plan(1, "全盟露天煤矿边坡、排土场和危化品储罐区逐企排查，盟应急管理局包联旗县（虚构）"));
            clock.shift(before);
            campaigns.takeOn(banner, id, DemoData.ALXA_LEFT);
            campaigns.filePlan(
                    banner, id, DemoData.ALXA_LEFT, new CampaignInputs.Plan(1, "全旗露天煤矿企业自查自改，旗应急管理局逐矿帮扶（虚构）"));
            campaigns.enterPhase(banner, id, DemoData.ALXA_LEFT, new CampaignInputs.Phase(2, "MOBILISATION"));
            campaigns.enterPhase(banner, id, DemoData.ALXA_LEFT, new CampaignInputs.Phase(3, "SELF_CHECK"));
            return id;
        } finally {
            clock.shift(before);
        }
    }

    /** The league's flood-season check of its open pits, launched four days ago; the banner took it on. */
    private void flood(Actor league, Actor banner) {
        var before = clock.offset();
        var realNow = clock.instant().minus(before);
        var start = realNow.atZone(CHINA).toLocalDate().minusDays(4);
        try {
            at(realNow, start.atTime(10, 0).atZone(CHINA).toInstant());
            var launched = campaigns.launch(
                    league,
                    new CampaignInputs(
                            "FLOOD_SEASON",
                            "全盟露天矿山汛前三防检查（虚构）",
                            null,
                            List.of("COAL_MINE", "NON_COAL_MINE"),
                            List.of(
                                    phase("MOBILISATION", start, 0, 2),
                                    phase("SELF_CHECK", start, 3, 25),
                                    phase("ENFORCEMENT", start, 26, 45)),
                            start.plusDays(7).toString()));
            long id = launched.campaign().id();
            clock.shift(before);
            campaigns.takeOn(banner, id, DemoData.ALXA_LEFT);
        } finally {
            clock.shift(before);
        }
    }

    private static CampaignInputs.PhaseInput phase(String kind, java.time.LocalDate start, int from, int to) {
        return new CampaignInputs.PhaseInput(
                kind, start.plusDays(from).toString(), start.plusDays(to).toString());
    }

    /** Sets the demo clock so that it reads {@code moment} now. */
    private void at(Instant realNow, Instant moment) {
        clock.shift(Duration.between(realNow, moment));
    }
}
