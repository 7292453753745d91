package org.safeledger.home;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeledger.campaign.Lessons;
import org.safeledger.enforcement.EnforcementDocuments;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.identity.UserAdministration;
import org.safeledger.inspection.Checklists;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Role;
import org.safeledger.standard.StandardsCatalogue;
import org.springframework.stereotype.Component;

/**
 * The number behind each home panel, read from the record the way the panel's link lists it ({@link HomeLinks}), so
 * the card and the list it opens never disagree. Only the panels the actor sees are counted.
 */
@Component
class HomeFacts {

    private final HazardLedger hazards;
    private final Checklists checklists;
    private final org.safeledger.inspection.Schedules schedules;
    private final Lessons lessons;
    private final org.safeledger.campaign.CampaignChecklists campaignTasks;
    private final EnforcementDocuments documents;
    private final UserAdministration users;
    private final StandardsCatalogue standards;
    private final Clock clock;

    HomeFacts(
            HazardLedger hazards,
            Checklists checklists,
            org.safeledger.inspection.Schedules schedules,
            Lessons lessons,
            org.safeledger.campaign.CampaignChecklists campaignTasks,
            EnforcementDocuments documents,
            UserAdministration users,
            StandardsCatalogue standards,
            Clock clock) {
        this.hazards = hazards;
        this.checklists = checklists;
        this.schedules = schedules;
        this.lessons = lessons;
        this.campaignTasks = campaignTasks;
        this.documents = documents;
        this.users = users;
        this.standards = standards;
        this.clock = clock;
    }

    Map<String, Long> of(Actor actor, java.util.List<String> panels) {
        var counts = new LinkedHashMap<String, Long>();
        if (actor.can(Permission.HAZARD_READ)) {
            var w = hazards.workload(actor);
            counts.put("hazardsToAccept", w.awaitingAcceptance());
            counts.put("hazardsToVerify", w.awaitingAcceptance());
            counts.put("myRectifications", w.rectifying());
            counts.put("overdueRectifications", w.overdue());
            counts.put("overdueInSector", w.overdue());
            counts.put("escalations", w.escalatedToLeaders());
            counts.put("listedSupervision", w.listedOpen());
            counts.put("majorHazardsInRegion", w.majorOpen());
            counts.put("majorHazardsToVerify", w.majorAwaitingAcceptance());
        }
        var enterpriseId = actor.scope().enterpriseId();
        if (panels.contains("selfInspections") && enterpriseId != null) {
            // the periods of the enterprise's schedules that passed without a completed run (the red squares)
            counts.put(
                    "selfInspections",
                    schedules.schedules(actor, enterpriseId).stream()
                            .mapToLong(org.safeledger.inspection.Schedule::missed)
                            .sum());
        }
        if (panels.contains("campaignTasks") && enterpriseId != null) {
            // the checklists of campaigns still to run, as /campaigns/tasks shows them not done
            counts.put(
                    "campaignTasks",
                    campaignTasks.tasks(actor).stream().filter(t -> !t.done()).count());
        }
        if (panels.contains("lessonChecks") || panels.contains("lessons")) {
            long open = lessons.open(actor).size();
            counts.put("lessonChecks", open);
            counts.put("lessons", open);
        }
        if (panels.contains("documentsToServe")) {
            // documents of the reader's department awaiting service, as /enforcement?ack=PENDING lists them
            counts.put(
                    "documentsToServe",
                    documents.count(
                            actor, org.safeledger.enforcement.DocumentFilter.of(actor, null, null, null, "PENDING")));
        }
        if (panels.contains("lockedAccounts") && actor.has(Role.ADMINISTRATOR)) {
            var now = clock.instant();
            counts.put(
                    "lockedAccounts",
                    users.list(actor).stream().filter(u -> u.lockedAt(now)).count());
        }
        if (panels.contains("standardsCatalogue")) {
            // every version the catalogue holds, as the standards page lists them
            counts.put("standardsCatalogue", (long) standards.versions().size());
        }
        return counts;
    }
}
