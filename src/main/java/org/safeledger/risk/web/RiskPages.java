package org.safeledger.risk.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.risk.Assess;
import org.safeledger.risk.RiskMethods;
import org.safeledger.risk.RiskRegister;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk list (风险清单) with its four-colour overview, a risk point with its assessments and the assessment
 * forms (one per method in force), identifying a new risk point, and the method tables.
 */
@Controller
class RiskPages {

    private static final Set<String> NOT_FACTORS = Set.of("method", "version", "note", "_csrf");

    private final RiskRegister register;
    private final RiskMethods methods;
    private final EnterpriseRegister enterprises;
    private final MessageSource messages;

    RiskPages(RiskRegister register, RiskMethods methods, EnterpriseRegister enterprises, MessageSource messages) {
        this.register = register;
        this.methods = methods;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @GetMapping("/risks")
    String list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        actor.require(Permission.RISK_READ);
        var enterprise = enterpriseId != null ? enterpriseId : actor.scope().enterpriseId();
        model.addAttribute("enterpriseId", enterprise);
        model.addAttribute("level", level);
        model.addAttribute("enterprise", enterprise == null ? null : enterprises.get(actor, enterprise));
        model.addAttribute("overview", register.overview(actor, enterprise));
        model.addAttribute("points", register.list(actor, enterprise, level, new PageRequest(Math.max(page, 0), 50)));
        model.addAttribute("page", Math.max(page, 0));
        return "risk/list";
    }

    @GetMapping("/risks/new")
    String identifyForm(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId, Model model) {
        actor.require(Permission.RISK_MANAGE);
        var form = new RiskPointForm();
        form.setEnterpriseId(enterpriseId != null ? enterpriseId : actor.scope().enterpriseId());
        model.addAttribute("form", form);
        return identifyPage(actor, model, form);
    }

    @PostMapping("/risks")
    String identify(
            Actor actor,
            @ModelAttribute("form") RiskPointForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        actor.require(Permission.RISK_MANAGE);
        if (!result.hasErrors()) {
            try {
                var point = register.identify(actor, form.toDraft());
                redirect.addFlashAttribute("notice", "risks.identified");
                return "redirect:/risks/" + point.id();
            } catch (InvalidInputException | ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        return identifyPage(actor, model, form);
    }

    private String identifyPage(Actor actor, Model model, RiskPointForm form) {
        model.addAttribute("enterprises", enterprises.choices(actor, form.getEnterpriseId()));
        return "risk/new";
    }

    @GetMapping("/risks/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("point", register.get(actor, id));
        model.addAttribute("assessments", register.assessments(actor, id));
        model.addAttribute("methods", methods.inForce());
        return "risk/show";
    }

    @PostMapping("/risks/{id}/assessments")
    String assess(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        var factors = new HashMap<String, Object>();
        params.forEach((k, v) -> {
            if (!NOT_FACTORS.contains(k)) {
                factors.put(k, v);
            }
        });
        try {
            register.assess(
                    actor, id, new Assess(params.get("method"), params.get("version"), factors, params.get("note")));
            redirect.addFlashAttribute("notice", "risks.assessed");
            return "redirect:/risks/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("assessError", org.safeledger.platform.web.Refusals.text(messages, e));
            model.addAttribute("assessMethod", params.get("method"));
            return show(actor, id, model);
        }
    }

    @GetMapping("/risks/methods")
    String methods(Actor actor, Model model) {
        model.addAttribute("versions", methods.versions(actor));
        return "risk/methods";
    }
}
