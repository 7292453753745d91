package org.safeledger.notification.web;

import java.util.Locale;
import org.safeledger.notification.Inbox;
import org.safeledger.notification.Preferences;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox page: the caller's notifications, opening one marks it read; and the caller's channels. */
@Controller
class InboxPages {

    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Preferences preferences;

    InboxPages(Inbox inbox, Preferences preferences) {
        this.inbox = inbox;
        this.preferences = preferences;
    }

    @GetMapping("/inbox")
    String inbox(
            Actor actor,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var current = Math.max(page, 0);
        model.addAttribute("result", inbox.list(actor, unread, new PageRequest(current, PAGE_SIZE), locale));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        if (!model.containsAttribute("channelForm")) {
            model.addAttribute("channelForm", ChannelForm.of(preferences.get(actor)));
        }
        return "notification/inbox";
    }

    /** Opens a notification: marks it read and goes where it points. */
    @PostMapping("/inbox/{id}/open")
    String open(Actor actor, @PathVariable long id) {
        var link = inbox.open(actor, id);
        // only this application's own pages: a stored link is a path, never another site
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll(Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "inbox.allRead");
        inbox.markAllRead(actor);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/preferences")
    String savePreferences(
            Actor actor,
            @ModelAttribute("channelForm") ChannelForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            preferences.update(actor, form.toPreferences());
            redirect.addFlashAttribute("notice", "inbox.preferences.saved");
            return "redirect:/inbox";
        } catch (InvalidInputException e) {
            FieldRejection.onto(result, e);
            return inbox(actor, false, 0, locale, model);
        }
    }
}
