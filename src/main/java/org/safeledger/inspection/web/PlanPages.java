package org.safeledger.inspection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.inspection.PlanDraft;
import org.safeledger.inspection.Plans;
import org.safeledger.inspection.SupervisionClass;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The department's annual plan: its progress, making it (department heads), classing enterprises as key. */
@Controller
class PlanPages {

    private final Plans plans;
    private final EnterpriseRegister enterprises;
    private final MessageSource messages;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    PlanPages(
            Plans plans,
            EnterpriseRegister enterprises,
            MessageSource messages,
            SafeLedgerProperties properties,
            Clock clock) {
        this.plans = plans;
        this.enterprises = enterprises;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/inspections/plan")
    String plan(Actor actor, @RequestParam(required = false) @Nullable Integer year, Model model) {
        actor.require(Permission.INSPECTION_ENFORCE);
        int shown = year != null
                ? year
                : LocalDate.now(clock.withZone(properties.zone())).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("plan", plans.get(actor, shown).orElse(null));
        model.addAttribute(
                "sectors",
                actor.scope().sectors().isEmpty()
                        ? List.of(Sector.values())
                        : actor.scope().sectors().stream().sorted().toList());
        model.addAttribute("classes", SupervisionClass.values());
        model.addAttribute("enterprises", enterprises.choices(actor, null));
        return "inspection/plan";
    }

    /** One row per sector and class from the form; a row with no share is left out. */
    @PostMapping("/inspections/plan")
    String create(
            Actor actor,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(name = "sector", required = false) @Nullable List<String> sectors,
            @RequestParam(name = "supervisionClass", required = false) @Nullable List<String> classes,
            @RequestParam(name = "coverage", required = false) @Nullable List<String> coverages,
            @RequestParam(name = "visits", required = false) @Nullable List<String> visits,
            Model model,
            RedirectAttributes redirect) {
        var lines = new ArrayList<PlanDraft.Line>();
        int rows = sectors == null ? 0 : sectors.size();
        try {
            for (int i = 0; i < rows; i++) {
                var coverage = value(coverages, i);
                if (coverage == null) {
                    continue;
                }
                lines.add(new PlanDraft.Line(sectors.get(i), classes.get(i), coverage, value(visits, i)));
            }
            plans.create(actor, new PlanDraft(year, title, lines));
            redirect.addFlashAttribute("notice", "plan.title");
            return "redirect:/inspections/plan?year=" + year;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("planError", org.safeledger.platform.web.Refusals.text(messages, e));
            return plan(actor, year, model);
        }
    }

    @PostMapping("/inspections/plan/classes")
    String classify(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam String supervisionClass,
            @RequestParam int year,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (enterpriseId == null) {
                throw new InvalidInputException("enterpriseId", "error.field.required");
            }
            plans.classify(actor, enterpriseId, supervisionClass);
            redirect.addFlashAttribute("notice", "plan.classified");
            return "redirect:/inspections/plan?year=" + year;
        } catch (InvalidInputException e) {
            model.addAttribute("classError", org.safeledger.platform.web.Refusals.text(messages, e));
            return plan(actor, year, model);
        }
    }

    private static @Nullable Integer value(@Nullable List<String> values, int i) {
        if (values == null
                || i >= values.size()
                || values.get(i) == null
                || values.get(i).isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(values.get(i).strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("lines[" + i + "]", "error.inspection.range", 1, 100);
        }
    }
}
