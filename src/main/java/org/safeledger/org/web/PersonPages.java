package org.safeledger.org.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.PersonDraft;
import org.safeledger.org.PostKind;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People in safety work and their posts; principals, department heads and administrators add people. */
@Controller
@RequestMapping("/org/people")
class PersonPages {

    private final PersonDirectory people;
    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;

    PersonPages(PersonDirectory people, EnterpriseRegister enterprises, DepartmentDirectory departments) {
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("people", people.list(actor));
        if (actor.can(Permission.PERSON_WRITE)) {
            if (!model.containsAttribute("personForm")) {
                model.addAttribute("personForm", new PersonForm());
            }
            model.addAttribute("postKinds", PostKind.values());
            var form = (PersonForm) model.getAttribute("personForm");
            model.addAttribute("enterprises", enterprises.choices(actor, form == null ? null : form.getEnterpriseId()));
            model.addAttribute(
                    "departments", actor.can(Permission.DEPARTMENT_READ) ? departments.list(actor) : List.of());
        }
        return "org/people";
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("personForm") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            people.create(actor, form.toDraft());
            redirect.addFlashAttribute("notice", "person.created");
            return "redirect:/org/people";
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return list(actor, model);
        }
    }

    /** A person with one post; further posts can be added through the API. */
    public static class PersonForm {
        private String name = "";
        private String mobile = "";
        private @Nullable PostKind kind;
        private String title = "";
        private @Nullable Long enterpriseId;
        private @Nullable Long departmentId;
        private String regionCode = "";

        PersonDraft toDraft() {
            return new PersonDraft(
                    name,
                    mobile,
                    List.of(new PersonDraft.PostDraft(
                            kind, title, enterpriseId, departmentId, regionCode.isBlank() ? null : regionCode)));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public @Nullable PostKind getKind() {
            return kind;
        }

        public void setKind(@Nullable PostKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public @Nullable Long getEnterpriseId() {
            return enterpriseId;
        }

        public void setEnterpriseId(@Nullable Long enterpriseId) {
            this.enterpriseId = enterpriseId;
        }

        public @Nullable Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(@Nullable Long departmentId) {
            this.departmentId = departmentId;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }
    }
}
