package org.safeledger.demo;

import java.util.Map;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The other two tiers in the demo: the league's tour of the banner, the banner's executive meeting, the campaign,
 * the public's tip-offs.
 */
@Component
class DemoSupervision {

    private final DemoTours tours;
    private final DemoMeetings meetings;
    private final DemoCampaign campaign;
    private final DemoTipOffs tipOffs;

    DemoSupervision(DemoTours tours, DemoMeetings meetings, DemoCampaign campaign, DemoTipOffs tipOffs) {
        this.tours = tours;
        this.meetings = meetings;
        this.campaign = campaign;
        this.tipOffs = tipOffs;
    }

    /**
     * The league's inspector, the banner's leader, the mines' principals, the banner's inspector, the province's.
     */
    record Cast(Actor league, Actor leader, Actor mine1, Actor mine2, Actor inspector, Actor province) {}

    void load(Cast cast, Map<String, Long> firms, Map<String, Long> departments) {
        long bureau = departments.get("em");
        tours.load(
                new DemoTours.Cast(cast.league(), cast.leader(), cast.mine1(), cast.inspector()),
                firms.get("mine1"),
                bureau);
        meetings.load(cast.leader(), bureau, departments.get("energy"), departments.get("transport"));
        campaign.load(cast);
        tipOffs.load(cast.inspector(), firms.get("mine1"));
    }
}
