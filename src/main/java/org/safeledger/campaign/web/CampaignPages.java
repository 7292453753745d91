package org.safeledger.campaign.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.campaign.CampaignInputs;
import org.safeledger.campaign.CampaignKind;
import org.safeledger.campaign.Campaigns;
import org.safeledger.campaign.PhaseKind;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.Actor;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns as pages: the list, launching one (kind, title, sectors, the four phases' days, the plans' day due), and
 * one campaign with its units — each region's plan filed or late, its phase — and for the region's office the steps
 * it may take: take the campaign on, file its plan, enter the next phase.
 */
@Controller
class CampaignPages {

    private final Campaigns campaigns;
    private final org.safeledger.campaign.CampaignProgress progress;
    private final CampaignSummaryFiles files;
    private final org.safeledger.campaign.CampaignDispatches dispatches;
    private final org.safeledger.campaign.CampaignAdditions additions;
    private final MessageSource messages;

    CampaignPages(
            Campaigns campaigns,
            org.safeledger.campaign.CampaignProgress progress,
            CampaignSummaryFiles files,
            org.safeledger.campaign.CampaignDispatches dispatches,
            org.safeledger.campaign.CampaignAdditions additions,
            MessageSource messages) {
        this.additions = additions;
        this.campaigns = campaigns;
        this.progress = progress;
        this.files = files;
        this.dispatches = dispatches;
        this.messages = messages;
    }

    @GetMapping("/campaigns")
    String list(Actor actor, Model model) {
        model.addAttribute("campaigns", campaigns.list(actor));
        model.addAttribute("mayLaunch", !campaigns.launchableSectors(actor).isEmpty());
        return "campaign/list";
    }

    @GetMapping("/campaigns/new")
    String form(Actor actor, Model model) {
        var sectors = campaigns.launchableSectors(actor);
        if (sectors.isEmpty()) {
            throw new org.safeledger.shared.ForbiddenException(
                    "error.campaign.notOffice", actor.scope().region().value());
        }
        var today = campaigns.today();
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("sectors", sectors);
        model.addAttribute("phases", PhaseKind.values());
        if (!model.containsAttribute("entered")) {
            // a schedule to start from: two weeks to mobilise, two months each to self-check and enforce, a month to
            // sum up
            model.addAttribute(
                    "entered",
                    Map.of(
                            "from-MOBILISATION", today.toString(),
                            "to-MOBILISATION", today.plusDays(13).toString(),
                            "from-SELF_CHECK", today.plusDays(14).toString(),
                            "to-SELF_CHECK", today.plusDays(73).toString(),
                            "from-ENFORCEMENT", today.plusDays(74).toString(),
                            "to-ENFORCEMENT", today.plusDays(133).toString(),
                            "from-SUMMARY", today.plusDays(134).toString(),
                            "to-SUMMARY", today.plusDays(163).toString(),
                            "planDue", today.plusDays(13).toString()));
        }
        return "campaign/new";
    }

    @PostMapping("/campaigns")
    String launch(
            Actor actor,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "sectors", required = false) @Nullable List<String> sectors,
            Model model,
            RedirectAttributes redirect) {
        try {
            var phases = new ArrayList<CampaignInputs.PhaseInput>();
            for (var p : PhaseKind.values()) {
                phases.add(new CampaignInputs.PhaseInput(
                        p.name(), f.getOrDefault("from-" + p.name(), ""), f.getOrDefault("to-" + p.name(), "")));
            }
            var launched = campaigns.launch(
                    actor,
                    new CampaignInputs(
                            f.getOrDefault("kind", ""),
                            f.getOrDefault("title", ""),
                            null,
                            sectors == null ? List.of() : sectors,
                            phases,
                            f.get("planDue")));
            redirect.addFlashAttribute("notice", "campaign.launched");
            return "redirect:/campaigns/" + launched.campaign().id();
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", f);
            return form(actor, model);
        }
    }

    /**
     * One campaign: its phases, the figures of a region (the reader's subtree when none is named) and of each region
     * one level below it, the alerts, the units of that subtree with their steps.
     */
    @GetMapping("/campaigns/{id}")
    String show(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sector,
            Model model) {
        var shown = progress.of(actor, id, region, sector);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("view", shown.view());
        model.addAttribute("progress", shown);
        var units = campaigns.units(shown.view(), region);
        model.addAttribute("units", units);
        model.addAttribute("plansOwed", org.safeledger.campaign.CampaignView.plansOwed(units));
        model.addAttribute("plansLate", org.safeledger.campaign.CampaignView.plansLate(units));
        model.addAttribute(
                "dispatches",
                dispatches.list(shown.view(), region).stream().limit(20).toList());
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("sources", org.safeledger.campaign.FindingSource.values());
        model.addAttribute("today", campaigns.today());
        return "campaign/show";
    }

    @GetMapping("/campaigns/{id}/summary.{format:pdf|xlsx}")
    ResponseEntity<byte[]> summary(
            Actor actor,
            @PathVariable long id,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sector,
            java.util.Locale locale) {
        return files.file(progress.of(actor, id, region, sector), format, locale);
    }

    @PostMapping("/campaigns/{id}/units/{code}/{step}")
    String step(
            Actor actor,
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable String step,
            @RequestParam Map<String, String> f,
            Model model,
            RedirectAttributes redirect) {
        try {
            var version = f.getOrDefault("version", "");
            Integer v = version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
            switch (step) {
                case "take-on" -> campaigns.takeOn(actor, id, code);
                case "plan" ->
                    campaigns.filePlan(actor, id, code, new CampaignInputs.Plan(v, f.getOrDefault("plan", "")));
                case "phase" ->
                    campaigns.enterPhase(actor, id, code, new CampaignInputs.Phase(v, f.getOrDefault("phase", "")));
                case "items" ->
                    additions.addItems(
                            actor,
                            id,
                            code,
                            new CampaignInputs.OwnItems(f.getOrDefault("sector", ""), f.getOrDefault("items", "")));
                case "dispatch" ->
                    dispatches.file(actor, id, code, new CampaignInputs.DispatchInput(f.getOrDefault("report", "")));
                default -> throw new org.safeledger.shared.NotFoundException("error.campaign.unitNotFound", code);
            }
            redirect.addFlashAttribute("notice", "campaign.stepDone");
            return "redirect:/campaigns/" + id + "#unit-" + code;
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("failedUnit", code);
            return show(actor, id, null, null, model);
        }
    }
}
