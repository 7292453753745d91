package org.safeledger.notification.web;

import java.util.Locale;
import java.util.Map;
import org.safeledger.notification.ChannelPreferences;
import org.safeledger.notification.Inbox;
import org.safeledger.notification.Notification;
import org.safeledger.notification.Preferences;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox ({@code /api/v1/notifications}) and channels ({@code /api/v1/me/notification-preferences}). */
@RestController
class NotificationApi {

    private final Inbox inbox;
    private final Preferences preferences;

    NotificationApi(Inbox inbox, Preferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    /** Newest first; {@code ?unread=true} for the unread only. Texts in the request's language. */
    @GetMapping("/api/v1/notifications")
    PageResult<Notification> list(
            Actor actor,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        return inbox.list(actor, unread, PageRequest.of(page, size), locale);
    }

    @GetMapping("/api/v1/notifications/unread-count")
    Map<String, Long> unreadCount(Actor actor) {
        return Map.of("unread", inbox.unreadCount(actor));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    ResponseEntity<Void> read(Actor actor, @PathVariable long id) {
        inbox.markRead(actor, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/notifications/read-all")
    Map<String, Integer> readAll(Actor actor) {
        return Map.of("marked", inbox.markAllRead(actor));
    }

    @GetMapping("/api/v1/me/notification-preferences")
    ChannelPreferences preferences(Actor actor) {
        return preferences.get(actor);
    }

    @PutMapping("/api/v1/me/notification-preferences")
    ChannelPreferences updatePreferences(Actor actor, @RequestBody ChannelPreferences draft) {
        return preferences.update(actor, draft);
    }
}
