package org.safeledger.hazard;

import java.util.List;
import org.safeledger.identity.Recipients;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the responsibility chain about overdue hazards, tier by tier: the enterprise principal (tier 1), the staff
 * of the department supervising the sector nearest the hazard's region (tier 2), the region's leaders (tier 3).
 * Listens inside the sweep's transaction.
 */
@Component
class HazardAlerts {

    private final Recipients recipients;
    private final DepartmentDirectory departments;
    private final Notifier notifier;

    HazardAlerts(Recipients recipients, DepartmentDirectory departments, Notifier notifier) {
        this.recipients = recipients;
        this.departments = departments;
        this.notifier = notifier;
    }

    /** A listing is news for the enterprise's principals and the supervising unit's staff. */
    @EventListener
    void on(HazardListed e) {
        var who = new java.util.ArrayList<>(recipients.enterprisePrincipals(e.enterpriseId()));
        who.addAll(recipients.departmentStaff(List.of(e.departmentId())));
        notifier.send(
                who,
                NotificationKind.HAZARD_LISTED,
                "hazard:" + e.hazardId(),
                "/hazards/" + e.hazardId(),
                List.of(
                        e.title(),
                        e.enterpriseName(),
                        e.departmentName(),
                        e.deadline().toString(),
                        e.noticeNo() == null ? "—" : e.noticeNo()),
                new RegionCode(e.regionCode()),
                e.at());
    }

    /** Reused evidence is for the inspectors: the staff of the departments supervising the sector there. */
    @EventListener
    void on(EvidenceReused e) {
        var region = new RegionCode(e.regionCode());
        notifier.send(
                recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                        .map(Department::id)
                        .toList()),
                NotificationKind.EVIDENCE_REUSED,
                "hazard:" + e.hazardId(),
                "/hazards/" + e.hazardId(),
                List.of(
                        e.title(),
                        e.enterpriseName(),
                        e.otherHazardIds().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "))),
                region,
                e.at());
    }

    /** A repeat is for the inspectors of the departments supervising the sector there: apply aggravation. */
    @EventListener
    void on(RepeatViolation e) {
        var region = new RegionCode(e.regionCode());
        notifier.send(
                recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                        .map(Department::id)
                        .toList()),
                NotificationKind.REPEAT_VIOLATION,
                "hazard:" + e.hazardId(),
                "/hazards/" + e.hazardId(),
                List.of(
                        e.title(),
                        e.enterpriseName(),
                        e.earlierHazardIds().stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "))),
                region,
                e.at());
    }

    /** An order not carried out goes up the chain at once: the supervising department and the region's leaders. */
    @EventListener
    void on(OrderNotCarriedOut e) {
        var region = new RegionCode(e.regionCode());
        var who = new java.util.ArrayList<>(
                recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                        .map(Department::id)
                        .toList()));
        who.addAll(recipients.regionLeaders(region));
        notifier.send(
                who,
                NotificationKind.ORDER_NOT_CARRIED_OUT,
                "hazard:" + e.hazardId(),
                "/hazards/" + e.hazardId(),
                List.of(e.title(), e.enterpriseName(), e.documentNumber()),
                region,
                e.at());
    }

    @EventListener
    void on(HazardEscalated e) {
        var region = new RegionCode(e.regionCode());
        var who = switch (e.tier()) {
            case 1 -> recipients.enterprisePrincipals(e.enterpriseId());
            case 2 ->
                recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                        .map(Department::id)
                        .toList());
            default -> recipients.regionLeaders(region);
        };
        notifier.send(
                who,
                e.tier() == 1 ? NotificationKind.HAZARD_OVERDUE : NotificationKind.HAZARD_ESCALATED,
                "hazard:" + e.hazardId(),
                "/hazards/" + e.hazardId(),
                List.of(
                        e.title(),
                        e.enterpriseName(),
                        e.deadline().toString(),
                        Long.toString(e.daysOverdue()),
                        Integer.toString(e.tier())),
                region,
                e.at());
    }
}
