package org.safeledger.campaign.web;

import org.safeledger.campaign.CampaignChecklists;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/campaigns/tasks")
    String tasks(Actor actor, Model model) {
        model.addAttribute("tasks", checklists.tasks(actor));
        return "campaign/tasks";
    }
}
