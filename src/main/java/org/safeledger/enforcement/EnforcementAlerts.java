package org.safeledger.enforcement;

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
 * An enforcement document issued to an enterprise is news for every account of the enterprise (送达 follows); entering
 * or leaving the watch list is news for the departments supervising its sectors.
 */
@Component
class EnforcementAlerts {

    private final Recipients recipients;
    private final DepartmentDirectory departments;
    private final Notifier notifier;

    EnforcementAlerts(Recipients recipients, DepartmentDirectory departments, Notifier notifier) {
        this.recipients = recipients;
        this.departments = departments;
        this.notifier = notifier;
    }

    @EventListener
    void on(DocumentIssued e) {
        notifier.send(
                recipients.enterpriseAccounts(e.enterpriseId()),
                NotificationKind.DOCUMENT_ISSUED,
                "enforcement-document:" + e.documentId(),
                "/enforcement/" + e.documentId(),
                List.of(e.number(), e.departmentName(), e.enterpriseName()),
                new RegionCode(e.regionCode()),
                e.at());
    }

    /** Entering or leaving the watch list is news for the departments supervising the enterprise's sectors. */
    @EventListener
    void on(WatchListChanged e) {
        var region = new RegionCode(e.regionCode());
        var departmentIds = e.sectors().stream()
                .flatMap(s -> departments.supervising(region, s).stream())
                .map(Department::id)
                .distinct()
                .toList();
        notifier.send(
                recipients.departmentStaff(departmentIds),
                e.entered() ? NotificationKind.WATCH_LIST_ENTERED : NotificationKind.WATCH_LIST_LEFT,
                "enterprise:" + e.enterpriseId(),
                "/enforcement/watch-list",
                e.entered()
                        ? List.of(e.enterpriseName(), Long.toString(e.score()), e.reasons())
                        : List.of(e.enterpriseName()),
                region,
                e.at());
    }
}
