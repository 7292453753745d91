package org.safeledger.home;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Where each home panel's number leads: the ledger, filtered to exactly what the number counts. */
@Component("homeLinks")
class HomeLinks {

    private static final Map<String, String> LINKS = Map.of(
            "hazardsToAccept", "/hazards?status=SUBMITTED",
            "myRectifications", "/hazards?status=REPORTED,RECTIFYING&sort=DEADLINE_ASC",
            "overdueRectifications", "/hazards?overdue=true&sort=DEADLINE_ASC",
            "overdueInSector", "/hazards?overdue=true&sort=DEADLINE_ASC",
            "escalations", "/hazards/escalations",
            "inbox", "/inbox",
            "listedSupervision", "/hazards?listed=true&status=REPORTED,RECTIFYING,SUBMITTED",
            "majorHazardsInRegion", "/hazards?grade=MAJOR&status=REPORTED,RECTIFYING,SUBMITTED",
            "majorHazardsToVerify", "/hazards?grade=MAJOR&status=SUBMITTED");

    public String of(String panel) {
        return LINKS.getOrDefault(panel, "/hazards");
    }
}
