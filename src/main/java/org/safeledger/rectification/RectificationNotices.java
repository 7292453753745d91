package org.safeledger.rectification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.Recipients.Recipient;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.responsibility.AddressBook;
import org.safeledger.responsibility.Addressee;
import org.safeledger.responsibility.Answerable;
import org.safeledger.responsibility.EscalationChain;
import org.springframework.stereotype.Component;

/**
 * Who is told about an item: its responsible party when assigned, sent back, closed or its extension answered; the
 * assigning body when the evidence is in or an extension is asked; each escalation tier's addressee ({@link EscalationChain}) when it runs overdue. Delivered by the
 * notification module in the caller's transaction.
 */
@Component
class RectificationNotices {

    private final AddressBook book;
    private final Notifier notifier;

    RectificationNotices(AddressBook book, Notifier notifier) {
        this.book = book;
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
            case EXTEND -> {
                var asked = java.util.Objects.requireNonNull(item.extensionAsked());
                send(
                        assigner(item),
                        NotificationKind.RECTIFICATION_EXTENSION_ASKED,
                        item,
                        at,
                        List.of(
                                item.title(),
                                item.responsibleName(),
                                asked.newDeadline().toString(),
                                asked.answerBy().toString()));
            }
            case GRANT_EXTENSION ->
                send(
                        responsible(item),
                        NotificationKind.RECTIFICATION_EXTENDED,
                        item,
                        at,
                        List.of(item.title(), item.deadline().toString()));
            case DENY_EXTENSION ->
                send(
                        responsible(item),
                        NotificationKind.RECTIFICATION_EXTENSION_DENIED,
                        item,
                        at,
                        List.of(item.title(), item.deadline().toString()));
            default -> {}
        }
    }

    /** The blue notice: the deadline is near; to the party and, when the item has one, its responsible leader. */
    void dueSoon(Rectification item, @Nullable Long ownerUserId, Instant at) {
        var who = new java.util.ArrayList<>(responsible(item));
        if (ownerUserId != null) {
            book.accounts(Addressee.account(ownerUserId)).stream()
                    .filter(r -> who.stream().noneMatch(w -> w.userId() == r.userId()))
                    .forEach(who::add);
        }
        send(
                who,
                NotificationKind.RECTIFICATION_DUE_SOON,
                item,
                at,
                List.of(item.title(), item.deadline().toString()));
    }

    void escalated(Rectification item, int tier, long daysOverdue, Instant at) {
        send(
                book.accounts(EscalationChain.addressee(answerable(item), tier)),
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

    /** The item's party in the responsibility chain, supervised by the body that assigned the item. */
    static Answerable answerable(Rectification item) {
        var assigner = item.assignerDepartmentId() != null
                ? Addressee.departmentStaff(item.assignerDepartmentId())
                : Addressee.regionLeaders(item.assignerRegion());
        return new Answerable(item.responsibleKind(), item.responsibleId(), item.region(), assigner);
    }

    private List<Recipient> responsible(Rectification item) {
        return book.accounts(answerable(item).accounts());
    }

    private List<Recipient> assigner(Rectification item) {
        return book.accounts(answerable(item).supervisor());
    }

    private void send(List<Recipient> who, NotificationKind kind, Rectification item, Instant at, List<String> args) {
        notifier.send(who, kind, "rectification:" + item.id(), "/rectifications/" + item.id(), args, item.region(), at);
    }
}
