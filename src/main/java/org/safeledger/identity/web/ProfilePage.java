package org.safeledger.identity.web;

import org.safeledger.identity.TokenService;
import org.safeledger.identity.UserAdministration;
import org.safeledger.org.ScopeDescription;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: who they are, their scope, password change, and personal API tokens. */
@Controller
class ProfilePage {

    private final TokenService tokens;
    private final UserAdministration users;
    private final ScopeDescription scopes;

    ProfilePage(TokenService tokens, UserAdministration users, ScopeDescription scopes) {
        this.tokens = tokens;
        this.users = users;
        this.scopes = scopes;
    }

    @GetMapping("/profile")
    String profile(Actor actor, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.list(actor));
        model.addAttribute("scopeText", scopes.describe(actor.scope()));
        return "profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            Actor actor,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "error.password.mismatch");
        } else {
            try {
                users.changeOwnPassword(actor, form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("notice", "profile.password.changed");
                return "redirect:/profile";
            } catch (InvalidInputException | ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        return profile(actor, model);
    }

    @PostMapping("/profile/tokens")
    String issueToken(Actor actor, @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model) {
        try {
            model.addAttribute("issued", tokens.issue(actor, form.getName(), form.getExpiresInDays()));
            model.addAttribute("tokenForm", new TokenForm());
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
        }
        return profile(actor, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("notice", "profile.token.revoked");
        return "redirect:/profile";
    }

    /** The password-change form. */
    static class PasswordForm {
        private String currentPassword = "";
        private String newPassword = "";
        private String confirmPassword = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }

    /** The new-token form. */
    static class TokenForm {
        private String name = "";
        private int expiresInDays = 90;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getExpiresInDays() {
            return expiresInDays;
        }

        public void setExpiresInDays(int expiresInDays) {
            this.expiresInDays = expiresInDays;
        }
    }
}
