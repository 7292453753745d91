package org.safeledger.accident;

import java.util.ArrayList;
import java.util.List;
import org.safeledger.identity.Recipients;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.responsibility.AddressBook;
import org.safeledger.responsibility.Addressee;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accident report reaching a step of the chain (Decree 493 arts. 9–10) is news for the departments supervising
 * the sector in that step's region and for the region's leaders answering for it in its matrix (同时报告本级人民政府); a rise of its level is
 * news for the county's, who must report it further up.
 */
@Component
class AccidentAlerts {

    private final Recipients recipients;
    private final DepartmentDirectory departments;
    private final AddressBook book;
    private final Notifier notifier;

    AccidentAlerts(Recipients recipients, DepartmentDirectory departments, AddressBook book, Notifier notifier) {
        this.recipients = recipients;
        this.departments = departments;
        this.book = book;
        this.notifier = notifier;
    }

    @EventListener
    void on(AccidentReportSent e) {
        var region = new RegionCode(e.stepRegionCode());
        var who = new ArrayList<>(recipients.departmentStaff(departments.supervising(region, e.sector()).stream()
                .filter(d -> d.regionCode().equals(region.value()))
                .map(Department::id)
                .toList()));
        book.accounts(Addressee.accountable(region, e.sector())).stream()
                .filter(r -> who.stream().noneMatch(w -> w.userId() == r.userId()))
                .forEach(who::add);
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
