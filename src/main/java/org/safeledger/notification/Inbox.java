package org.safeledger.notification;

import java.time.Clock;
import java.util.Locale;
import org.safeledger.shared.Actor;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications: everyone has an inbox, and sees only their own. */
@Service
public class Inbox {

    private final Notifications notifications;
    private final NotificationTexts texts;
    private final Clock clock;

    Inbox(Notifications notifications, NotificationTexts texts, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    public PageResult<Notification> list(Actor actor, boolean unreadOnly, PageRequest page, Locale locale) {
        var stored = notifications.page(actor.userId(), unreadOnly, page);
        return new PageResult<>(
                stored.items().stream().map(n -> texts.render(n, locale)).toList(), stored.total());
    }

    public long unreadCount(Actor actor) {
        return notifications.unread(actor.userId());
    }

    /** Marks one read; another person's notification is "not found". */
    @Transactional
    public void markRead(Actor actor, long id) {
        if (!notifications.markRead(actor.userId(), id, clock.instant())) {
            throw new NotFoundException("error.notification.notFound", id);
        }
    }

    /** Marks one read and returns the page it points to (a path of this application). */
    @Transactional
    public String open(Actor actor, long id) {
        markRead(actor, id);
        return notifications.find(id).orElseThrow().link();
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.userId(), clock.instant());
    }
}
