package org.safeledger.org.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.DepartmentDraft;
import org.safeledger.org.DepartmentKind;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervising departments of the user's region subtree; administrators add departments here. */
@Controller
@RequestMapping("/org/departments")
class DepartmentPages {

    private final DepartmentDirectory departments;

    DepartmentPages(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("departments", departments.list(actor));
        if (actor.can(Permission.DEPARTMENT_WRITE) && !model.containsAttribute("departmentForm")) {
            model.addAttribute("departmentForm", new DepartmentForm());
        }
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("sectors", Sector.values());
        return "org/departments";
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("departmentForm") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            departments.create(actor, form.toDraft());
            redirect.addFlashAttribute("notice", "department.created");
            return "redirect:/org/departments";
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return list(actor, model);
        }
    }

    /** The new-department form. */
    public static class DepartmentForm {
        private String regionCode = "";
        private @Nullable DepartmentKind kind;
        private String name = "";
        private List<String> sectors = new ArrayList<>();

        DepartmentDraft toDraft() {
            return new DepartmentDraft(regionCode, kind, name, sectors);
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public @Nullable DepartmentKind getKind() {
            return kind;
        }

        public void setKind(@Nullable DepartmentKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getSectors() {
            return sectors;
        }

        public void setSectors(List<String> sectors) {
            this.sectors = sectors;
        }
    }
}
