package org.safeledger.rectification;

import java.time.Instant;
import java.util.List;
import org.safeledger.identity.Recipients;
import org.safeledger.identity.Recipients.Recipient;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Who is told about an item: its responsible party when assigned, sent back or closed; the assigning body when the
 * evidence is in; each escalation tier's addressee ({@link EscalationChain}) when it runs overdue. Delivered by the
 * notification module in the caller's transaction.
 */
@Component
class RectificationNotices {

    private final Recipients recipients;
    private final Notifier notifier;

    RectificationNotices(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    void assigned(Rectification item, Instant at) {
        send(
                responsible(item),
                NotificationKind.RECTIFICATION_ASSIGNED,
                item,
                at,
                List.of(item.title(), item.assignerName(), item.deadline().toString()));
    }

    void stepped(Rectification item, RectificationAction action, Instant at) {
        switch (action) {
            case SUBMIT ->
                send(
                        assigner(item),
                        NotificationKind.RECTIFICATION_SUBMITTED,
                        item,
                        at,
                        List.of(item.title(), item.responsibleName()));
            case REJECT ->
                send(
                        responsible(item),
                        NotificationKind.RECTIFICATION_REJECTED,
                        item,
                        at,
                        List.of(item.title(), item.assignerName(), String.valueOf(item.opinion())));
            case ACCEPT ->
                send(
                        responsible(item),
                        NotificationKind.RECTIFICATION_CLOSED,
                        item,
                        at,
                        List.of(item.title(), item.assignerName()));
            default -> {}
        }
    }

    void escalated(Rectification item, int tier, long daysOverdue, Instant at) {
        var addressee = EscalationChain.addressee(
                item.responsibleKind(),
                item.responsibleId(),
                item.region(),
                item.assignerDepartmentId(),
                item.assignerRegion(),
                tier);
        send(
                resolve(addressee),
                tier == 1 ? NotificationKind.RECTIFICATION_OVERDUE : NotificationKind.RECTIFICATION_ESCALATED,
                item,
                at,
                List.of(
                        item.title(),
                        item.responsibleName(),
                        item.deadline().toString(),
                        Long.toString(daysOverdue),
                        Integer.toString(tier)));
    }

    private List<Recipient> resolve(EscalationChain.Addressee a) {
        return switch (a.group()) {
            case ENTERPRISE_PRINCIPALS -> recipients.enterprisePrincipals(a.id());
            case DEPARTMENT_HEADS -> recipients.departmentHeads(a.id());
            case DEPARTMENT_STAFF -> recipients.departmentStaff(List.of(a.id()));
            case REGION_LEADERS -> recipients.regionLeaders(new RegionCode(a.regionCode()));
        };
    }

    private List<Recipient> responsible(Rectification item) {
        return switch (item.responsibleKind()) {
            case ENTERPRISE -> recipients.enterpriseAccounts(item.responsibleId());
            case DEPARTMENT -> recipients.departmentStaff(List.of(item.responsibleId()));
            case GOVERNMENT, PARTY_COMMITTEE -> recipients.regionLeaders(item.region());
        };
    }

    private List<Recipient> assigner(Rectification item) {
        return item.assignerDepartmentId() != null
                ? recipients.departmentStaff(List.of(item.assignerDepartmentId()))
                : recipients.regionLeaders(item.assignerRegion());
    }

    private void send(List<Recipient> who, NotificationKind kind, Rectification item, Instant at, List<String> args) {
        notifier.send(who, kind, "rectification:" + item.id(), "/rectifications/" + item.id(), args, item.region(), at);
    }
}
