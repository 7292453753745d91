package org.safeledger.notification;

import java.util.ArrayList;
import java.util.List;
import org.safeledger.accident.AccidentReportSent;
import org.safeledger.identity.Recipients;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accident report reaching a step of the chain (Decree 493 arts. 9–10) is news for the departments supervising
 * the sector in that step's region and for the region's leaders (同时报告本级人民政府); a rise of its level is
 * news for the county's, who must report it further up. A lesson check (举一反三) is news for every enterprise it
 * targets.
 */
@Component
class AccidentAlerts {

    private final Recipients recipients;
    private final DepartmentDirectory departments;
    private final Notifier notifier;

    AccidentAlerts(Recipients recipients, DepartmentDirectory departments, Notifier notifier) {
        this.recipients = recipients;
        this.departments = departments;
        this.notifier = notifier;
    }

    /** A lesson check is for the principals of every target enterprise. */
    @EventListener
    void on(org.safeledger.campaign.LessonLaunched e) {
        notifier.send(
                recipients.enterprisePrincipals(e.enterpriseIds()),
                NotificationKind.LESSON_CHECK,
                "lesson-rollout:" + e.rolloutId(),
                "/lessons/" + e.rolloutId(),
                List.of(e.title(), e.deadline().toString()),
                new RegionCode(e.regionCode()),
                e.at());
    }

    @EventListener
    void on(AccidentReportSent e) {
        var region = new RegionCode(e.stepRegionCode());
        var who = new ArrayList<>(recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                .filter(d -> d.regionCode().equals(region.value()))
                .map(Department::id)
                .toList()));
        who.addAll(recipients.regionLeaders(region));
        notifier.send(
                who,
                e.regraded() ? NotificationKind.ACCIDENT_REGRADED : NotificationKind.ACCIDENT_REPORTED,
                "accident:" + e.accidentId(),
                "/accidents/" + e.accidentId(),
                List.of(e.enterpriseName(), e.place(), Integer.toString(e.deaths()), Integer.toString(e.missing())),
                region,
                e.at());
    }
}
