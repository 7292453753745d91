package org.safeledger.inspection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.Recipients;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.DrawRequest;
import org.safeledger.inspection.Draws;
import org.safeledger.inspection.EnforcementStart;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulators' double-random draws on the pages: the draws, a new one, a draw's teams with a way to start each
 * inspection on site, and its verification.
 */
@Controller
class DrawPages {

    private final Draws draws;
    private final Checklists checklists;
    private final org.safeledger.inspection.EnforcementRuns enforcementRuns;
    private final org.safeledger.inspection.ChecklistTemplates templates;
    private final EnterpriseRegister enterprises;
    private final Recipients recipients;
    private final MessageSource messages;

    DrawPages(
            Draws draws,
            Checklists checklists,
            org.safeledger.inspection.EnforcementRuns enforcementRuns,
            org.safeledger.inspection.ChecklistTemplates templates,
            EnterpriseRegister enterprises,
            Recipients recipients,
            MessageSource messages) {
        this.draws = draws;
        this.checklists = checklists;
        this.enforcementRuns = enforcementRuns;
        this.templates = templates;
        this.enterprises = enterprises;
        this.recipients = recipients;
        this.messages = messages;
    }

    @GetMapping("/inspections/draws")
    String list(Actor actor, Model model) {
        model.addAttribute("draws", draws.list(actor));
        model.addAttribute(
                "sectors",
                actor.scope().sectors().isEmpty()
                        ? List.of(Sector.values())
                        : actor.scope().sectors().stream().sorted().toList());
        if (!model.containsAttribute("regionCode")) {
            model.addAttribute("regionCode", actor.scope().region().value());
        }
        return "inspection/draws";
    }

    @PostMapping("/inspections/draws")
    String draw(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable List<String> sectors,
            @RequestParam(required = false) @Nullable Integer count,
            @RequestParam(required = false) @Nullable Integer inspectorsPerTeam,
            @RequestParam(required = false) @Nullable Long seed,
            @RequestParam(required = false) @Nullable Integer excludeInspectedWithinDays,
            @RequestParam(required = false) @Nullable Integer avoidOwnTargetsWithinDays,
            @RequestParam(required = false) @Nullable List<String> supervisionClasses,
            Model model) {
        try {
            var drawn = draws.draw(
                    actor,
                    new DrawRequest(
                            regionCode,
                            sectors,
                            count,
                            inspectorsPerTeam,
                            seed,
                            excludeInspectedWithinDays,
                            avoidOwnTargetsWithinDays,
                            supervisionClasses));
            return "redirect:/inspections/draws/" + drawn.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("drawError", org.safeledger.platform.web.Refusals.text(messages, e));
            model.addAttribute("regionCode", regionCode);
            model.addAttribute("chosenSectors", sectors == null ? List.of() : sectors);
            model.addAttribute("count", count);
            model.addAttribute("seed", seed);
            return list(actor, model);
        }
    }

    @GetMapping("/inspections/draws/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean verify, Model model) {
        var draw = draws.get(actor, id);
        model.addAttribute("draw", draw);
        var names = new HashMap<Long, String>();
        for (var enterpriseId : draw.enterpriseIds()) {
            enterprises.find(actor, enterpriseId).ifPresent(e -> names.put(enterpriseId, e.name()));
        }
        model.addAttribute("enterpriseNames", names);
        Map<Long, String> inspectors = new HashMap<>();
        recipients
                .departmentStaff(List.of(draw.departmentId()))
                .forEach(r -> inspectors.put(r.userId(), r.displayName()));
        model.addAttribute("inspectorNames", inspectors);
        var templates = new HashMap<Long, Object>();
        for (var enterpriseId : draw.enterpriseIds()) {
            if (names.containsKey(enterpriseId)) {
                templates.put(enterpriseId, this.templates.templates(actor, enterpriseId));
            }
        }
        model.addAttribute("templates", templates);
        if (verify) {
            model.addAttribute("verification", draws.verify(actor, id));
        }
        return "inspection/draw";
    }

    /** Starts the law-enforcement inspection of a drawn enterprise (or any, without a draw) on site. */
    @PostMapping("/inspections/enforcement")
    String start(
            Actor actor,
            @RequestParam(required = false) @Nullable Long templateId,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable Long drawId,
            @RequestParam(required = false) @Nullable String mode,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String inspectedOn,
            Model model) {
        try {
            var run = enforcementRuns.startEnforcement(
                    actor, new EnforcementStart(templateId, enterpriseId, place, mode, drawId, null, inspectedOn));
            return "redirect:/inspections/runs/" + run.id();
        } catch (InvalidInputException | ConflictException e) {
            if (drawId == null) {
                throw e;
            }
            model.addAttribute("startError", org.safeledger.platform.web.Refusals.text(messages, e));
            return show(actor, drawId, false, model);
        }
    }
}
