package org.safeledger.campaign.web;

import org.safeledger.campaign.CampaignChecklists;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's campaign tasks as a page (phone first): each campaign checklist of its sectors, with the
 * self-check phase's days, done or to do; a run started here or gone on with is the self-inspection pages' own.
 */
@Controller
class CampaignTaskPages {

    private final CampaignChecklists checklists;

    CampaignTaskPages(CampaignChecklists checklists) {
        this.checklists = checklists;
    }

    /** The tasks, or with {@code open=true} only those still to do (what the home page's panel counts). */
    @GetMapping("/campaigns/tasks")
    String tasks(Actor actor, @RequestParam(defaultValue = "false") boolean open, Model model) {
        var tasks = checklists.tasks(actor);
        model.addAttribute("tasks", open ? tasks.stream().filter(t -> !t.done()).toList() : tasks);
        model.addAttribute("open", open);
        return "campaign/tasks";
    }
}
