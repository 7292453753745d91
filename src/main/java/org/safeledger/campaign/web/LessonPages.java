package org.safeledger.campaign.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.campaign.LessonDraft;
import org.safeledger.campaign.Lessons;
import org.safeledger.org.MineType;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lesson roll-outs of the scope (an enterprise: those for it), launching one, one with its progress. */
@Controller
class LessonPages {

    private final Lessons lessons;
    private final MessageSource messages;

    LessonPages(Lessons lessons, MessageSource messages) {
        this.lessons = lessons;
        this.messages = messages;
    }

    @GetMapping("/lessons")
    String list(
            Actor actor,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean open,
            Model model) {
        model.addAttribute("rollouts", open ? lessons.open(actor) : lessons.list(actor));
        model.addAttribute("openOnly", open);
        return "campaign/lessons";
    }

    @GetMapping("/lessons/new")
    String form(
            Actor actor,
            @RequestParam(required = false) @Nullable Long accidentId,
            @RequestParam(required = false) @Nullable Long hazardId,
            Model model) {
        actor.require(Permission.LESSON_LAUNCH);
        model.addAttribute("accidentId", accidentId);
        model.addAttribute("hazardId", hazardId);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("mineTypes", MineType.values());
        return "campaign/lesson-new";
    }

    @PostMapping("/lessons")
    String launch(
            Actor actor,
            @RequestParam(required = false) @Nullable Long accidentId,
            @RequestParam(required = false) @Nullable Long hazardId,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String mineType,
            @RequestParam(required = false) @Nullable String extraItems,
            @RequestParam(required = false, defaultValue = "") String deadline,
            Model model,
            RedirectAttributes redirect) {
        try {
            var items = extraItems == null
                    ? List.<String>of()
                    : Arrays.stream(extraItems.split("\\n"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            // the form's "same as the source" is no value; "any" is the blank choice
            var type = "SOURCE".equals(mineType) ? null : mineType == null ? "" : mineType;
            var rollout = lessons.launch(
                    actor, new LessonDraft(accidentId, hazardId, title, regionCode, sector, type, items, deadline));
            redirect.addFlashAttribute("notice", "lessons.launched");
            return "redirect:/lessons/" + rollout.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("launchError", Refusals.text(messages, e));
            return form(actor, accidentId, hazardId, model);
        }
    }

    @GetMapping("/lessons/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("rollout", lessons.get(actor, id));
        return "campaign/lesson";
    }
}
