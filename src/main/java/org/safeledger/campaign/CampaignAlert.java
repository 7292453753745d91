package org.safeledger.campaign;

import java.util.List;

/**
 * A sign that a unit goes through the motions, explained by its figures: a county whose enterprises found almost
 * nothing themselves while the departments found many ({@code SELF_CHECK_SILENT}); a unit in the enforcement phase
 * or later whose enterprises have not all completed the campaign's checklist ({@code PHASE_WITHOUT_EVIDENCE}).
 */
public record CampaignAlert(Kind kind, String regionCode, String regionName, List<Long> figures) {

    public enum Kind {
        SELF_CHECK_SILENT,
        PHASE_WITHOUT_EVIDENCE;

        public String messageKey() {
            return "campaignAlert." + name();
        }
    }
}
