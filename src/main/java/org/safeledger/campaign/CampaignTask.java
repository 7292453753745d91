package org.safeledger.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * What a campaign asks of one enterprise: run the campaign's checklist of one of its sectors during the self-check
 * phase; done once a run of it is completed with every item answered; an open run to go on with.
 */
public record CampaignTask(
        long campaignId,
        String campaignTitle,
        CampaignKind kind,
        Sector sector,
        long checklistId,
        String checklistName,
        @Nullable LocalDate selfCheckFrom,
        @Nullable LocalDate selfCheckTo,
        boolean done,
        @Nullable Long openRunId,
        long hazards) {}
