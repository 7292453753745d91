package org.safeledger.home;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Where each home panel's number leads: the ledger, filtered to exactly what the number counts. */
@Component("homeLinks")
class HomeLinks {

    private static final Map<String, String> LINKS = Map.ofEntries(
            Map.entry("hazardsToAccept", "/hazards?status=SUBMITTED"),
            Map.entry("myRectifications", "/hazards?status=RECTIFYING&sort=DEADLINE_ASC"),
            Map.entry("hazardsToVerify", "/hazards?status=SUBMITTED"),
            Map.entry("selfInspections", "/inspections"),
            Map.entry("campaignTasks", "/campaigns/tasks?open=true"),
            Map.entry("lessonChecks", "/lessons?open=true"),
            Map.entry("lessons", "/lessons?open=true"),
            Map.entry("documentsToServe", "/enforcement?ack=PENDING"),
            Map.entry("lockedAccounts", "/admin/users?locked=true"),
            Map.entry("standardsCatalogue", "/standards"),
            Map.entry("overdueRectifications", "/hazards?overdue=true&sort=DEADLINE_ASC"),
            Map.entry("overdueInSector", "/hazards?overdue=true&sort=DEADLINE_ASC"),
            Map.entry("escalations", "/hazards?tier=3&sort=DEADLINE_ASC"),
            Map.entry("inbox", "/inbox"),
            Map.entry("listedSupervision", "/hazards?listed=true&status=REPORTED,RECTIFYING,SUBMITTED"),
            Map.entry("majorHazardsInRegion", "/hazards?grade=MAJOR&status=REPORTED,RECTIFYING,SUBMITTED"),
            Map.entry("majorHazardsToVerify", "/hazards?grade=MAJOR&status=SUBMITTED"));

    public String of(String panel) {
        return LINKS.getOrDefault(panel, "/hazards");
    }
}
