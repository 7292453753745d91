package org.safeledger.org.web;

import org.safeledger.org.EnterpriseFilter;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.MineType;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprise register as pages: a filtered list (htmx refreshes only the results), detail, forms. */
@Controller
@RequestMapping("/org/enterprises")
class EnterprisePages {

    private static final int PAGE_SIZE = 20;
    static final int OPTIONS = 50;

    private final EnterpriseRegister register;
    private final RegionDirectory regions;

    EnterprisePages(EnterpriseRegister register, RegionDirectory regions) {
        this.register = register;
        this.regions = regions;
    }

    @GetMapping
    String list(
            Actor actor,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var filter = new EnterpriseFilter(regionCode, sector, q);
        model.addAttribute("filter", filter);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("result", register.list(actor, filter, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        return htmx != null ? "org/enterprises :: results" : "org/enterprises";
    }

    /**
     * The options of an enterprise chooser (htmx): the enterprises in scope whose name, code or address contain
     * the text, at most {@value #OPTIONS}; a form's chooser searches here instead of listing a province's 10^5.
     */
    @GetMapping("/options")
    String options(Actor actor, @RequestParam(required = false) String q, Model model) {
        model.addAttribute(
                "options",
                register.list(actor, new EnterpriseFilter(null, null, q), new PageRequest(0, OPTIONS))
                        .items());
        return "fragments/forms :: enterpriseOptions";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var enterprise = register.get(actor, id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("regionPath", regions.path(enterprise.regionCode()));
        return "org/enterprise";
    }

    @GetMapping("/new")
    String newForm(Actor actor, Model model) {
        actor.require(Permission.ENTERPRISE_WRITE);
        model.addAttribute("form", new EnterpriseForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("form") EnterpriseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            var created = register.register(actor, form.toDraft());
            redirect.addFlashAttribute("notice", "enterprise.created");
            return "redirect:/org/enterprises/" + created.id();
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        actor.require(Permission.ENTERPRISE_WRITE);
        model.addAttribute("form", EnterpriseForm.of(register.get(actor, id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") EnterpriseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            register.update(actor, id, form.getVersion(), form.toDraft());
            redirect.addFlashAttribute("notice", "enterprise.updated");
            return "redirect:/org/enterprises/" + id;
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return form(model, id);
        }
    }

    private static String form(Model model, Long id) {
        model.addAttribute("enterpriseId", id);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("mineTypes", MineType.values());
        return "org/enterprise-form";
    }
}
