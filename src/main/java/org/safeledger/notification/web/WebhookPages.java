package org.safeledger.notification.web;

import org.safeledger.notification.WebhookAdministration;
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

/** Administrators connect messaging platforms: the webhooks, a new one, and each one's delivery log. */
@Controller
class WebhookPages {

    private final WebhookAdministration webhooks;

    WebhookPages(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String list(Actor actor, Model model) {
        model.addAttribute("webhooks", webhooks.list(actor));
        if (!model.containsAttribute("webhookForm")) {
            model.addAttribute("webhookForm", new WebhookForm());
        }
        return "admin/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String create(
            Actor actor,
            @ModelAttribute("webhookForm") WebhookForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            var created = webhooks.create(actor, form.toDraft());
            redirect.addFlashAttribute("notice", "webhooks.created.notice");
            return "redirect:/admin/webhooks/" + created.id();
        } catch (InvalidInputException e) {
            FieldRejection.onto(result, e);
            return list(actor, model);
        }
    }

    @PostMapping("/admin/webhooks/{id}/enabled")
    String enable(Actor actor, @PathVariable long id, @RequestParam boolean enabled) {
        webhooks.setEnabled(actor, id, enabled);
        return "redirect:/admin/webhooks/" + id;
    }

    @GetMapping("/admin/webhooks/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var hook = webhooks.list(actor).stream()
                .filter(w -> w.id() == id)
                .findFirst()
                .orElseThrow(() -> new org.safeledger.shared.NotFoundException("error.webhook.notFound", id));
        model.addAttribute("webhook", hook);
        model.addAttribute("deliveries", webhooks.deliveries(actor, id, new PageRequest(Math.max(page, 0), 50)));
        return "admin/webhook";
    }
}
