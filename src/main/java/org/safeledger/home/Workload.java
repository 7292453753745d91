package org.safeledger.home;

import java.util.ArrayList;
import java.util.List;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Role;

/**
 * The panels of work a person sees first, by role: what an enterprise's staff, its principal, an inspector, a
 * department head, a region leader and an administrator are each expected to do next. Each panel counts one fact
 * of the record and links to the list of exactly what it counts (one fact, one panel).
 */
final class Workload {

    private Workload() {}

    static List<String> panelsFor(Actor actor) {
        var panels = new ArrayList<String>();
        panels.add("inbox");
        if (actor.has(Role.ENTERPRISE_STAFF)) {
            panels.addAll(
                    List.of("reportHazard", "myRectifications", "selfInspections", "campaignTasks", "lessonChecks"));
        }
        if (actor.has(Role.ENTERPRISE_PRINCIPAL)) {
            panels.addAll(List.of(
                    "hazardsToAccept", "overdueRectifications", "selfInspections", "campaignTasks", "lessonChecks"));
        }
        if (actor.has(Role.INSPECTOR)) {
            panels.addAll(List.of("hazardsToVerify", "majorHazardsToVerify", "documentsToServe"));
        }
        if (actor.has(Role.DEPARTMENT_HEAD)) {
            panels.addAll(List.of("listedSupervision", "overdueInSector", "documentsToServe", "lessons"));
        }
        if (actor.has(Role.REGION_LEADER)) {
            // accidents have their own card (with the reports late), not a panel here
            panels.addAll(List.of("escalations", "majorHazardsInRegion", "lessons"));
        }
        if (actor.has(Role.ADMINISTRATOR)) {
            panels.addAll(List.of("lockedAccounts", "standardsCatalogue"));
        }
        return panels.stream().distinct().toList();
    }
}
