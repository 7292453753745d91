package org.safeledger.hazard;

import java.util.List;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.responsibility.AddressBook;
import org.safeledger.responsibility.Addressee;
import org.safeledger.responsibility.Answerable;
import org.safeledger.responsibility.EscalationChain;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the responsibility chain about hazards: overdue ones tier by tier up the enterprise's {@link
 * EscalationChain} (its principals; the staff of the departments supervising the sector nearest the hazard's region;
 * the region's leaders), listings, repeats, reused evidence and orders not carried out to the positions the {@link
 * AddressBook} resolves. Listens inside the step's or the sweep's transaction.
 */
@Component
class HazardAlerts {

    private final AddressBook book;
    private final Notifier notifier;

    HazardAlerts(AddressBook book, Notifier notifier) {
        this.book = book;
        this.notifier = notifier;
    }

    /** A listing is news for the enterprise's principals and the supervising unit's staff. */
    @EventListener
    void on(HazardListed e) {
        notifier.send(
                book.accounts(
                        Addressee.enterprisePrincipals(e.enterpriseId()), Addressee.departmentStaff(e.departmentId())),
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
                book.accounts(Addressee.supervisingStaff(region, e.sector())),
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
                book.accounts(Addressee.supervisingStaff(region, e.sector())),
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

    /**
     * An order not carried out goes up the chain at once: the supervising department and the region's leaders
     * answering for the sector (its matrix).
     */
    @EventListener
    void on(OrderNotCarriedOut e) {
        var region = new RegionCode(e.regionCode());
        notifier.send(
                book.accounts(
                        Addressee.supervisingStaff(region, e.sector()), Addressee.accountable(region, e.sector())),
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
        var hazard = Answerable.hazard(e.enterpriseId(), region, e.sector());
        notifier.send(
                book.accounts(EscalationChain.addressee(hazard, e.tier())),
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
