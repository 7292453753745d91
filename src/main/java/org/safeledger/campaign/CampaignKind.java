package org.safeledger.campaign;

/** What a campaign is: a special rectification (专项整治), a flood-season check (三防), fire prevention, a lesson. */
public enum CampaignKind {
    SPECIAL_RECTIFICATION,
    FLOOD_SEASON,
    FIRE_PREVENTION,
    LESSON;

    public String messageKey() {
        return "campaignKind." + name();
    }
}
