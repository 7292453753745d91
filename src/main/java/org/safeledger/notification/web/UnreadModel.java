package org.safeledger.notification.web;

import org.safeledger.identity.CurrentActor;
import org.safeledger.notification.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model carries {@code unreadNotifications} for the header's inbox badge (0 when signed out). */
@ControllerAdvice(annotations = Controller.class)
class UnreadModel {

    private final Inbox inbox;

    UnreadModel(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    long unreadNotifications() {
        return CurrentActor.find().map(inbox::unreadCount).orElse(0L);
    }
}
