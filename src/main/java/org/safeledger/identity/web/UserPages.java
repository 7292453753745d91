package org.safeledger.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.UserAdministration;
import org.safeledger.identity.UserDraft;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage user accounts: list, create with role and place, edit, reset password, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final UserAdministration users;
    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;

    private final java.time.Clock clock;

    UserPages(
            UserAdministration users,
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            java.time.Clock clock) {
        this.clock = clock;
        this.users = users;
        this.enterprises = enterprises;
        this.departments = departments;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(defaultValue = "false") boolean locked, Model model) {
        var now = clock.instant();
        model.addAttribute(
                "users",
                users.list(actor).stream()
                        .filter(u -> !locked || u.lockedAt(now))
                        .toList());
        model.addAttribute("lockedOnly", locked);
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", new UserForm());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departments.list(actor));
        var form = (UserForm) model.getAttribute("userForm");
        model.addAttribute("enterprises", enterprises.choices(actor, form == null ? null : form.getEnterpriseId()));
        return "admin/users";
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            var created = users.create(actor, form.toDraft());
            redirect.addFlashAttribute("notice", "user.created");
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return list(actor, false, model);
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("user", users.get(actor, id));
        return "admin/user";
    }

    @PostMapping("/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String displayName,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        return act(redirect, id, "user.updated", () -> users.update(actor, id, version, displayName, enabled));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            Actor actor, @PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        return act(redirect, id, "user.passwordReset", () -> users.resetPassword(actor, id, password));
    }

    @PostMapping("/{id}/unlock")
    String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, id, "user.unlocked", () -> users.unlock(actor, id));
    }

    private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return "redirect:/admin/users/" + id;
    }

    /** The new-user form. */
    static class UserForm {
        private String username = "";
        private String displayName = "";
        private String password = "";
        private List<Role> roles = new ArrayList<>();
        private @Nullable String regionCode;
        private @Nullable Long enterpriseId;
        private @Nullable Long departmentId;

        UserDraft toDraft() {
            return new UserDraft(
                    username.strip(), displayName, password, roles, regionCode, enterpriseId, departmentId, null);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }

        public @Nullable String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(@Nullable String regionCode) {
            this.regionCode = regionCode;
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
    }
}
