package org.safeledger.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.UserAccount;
import org.safeledger.identity.UserAdministration;
import org.safeledger.identity.UserDraft;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration for administrators, inside their own scope. Password hashes never leave the server. */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserAdministration users;

    UserApi(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> list(Actor actor) {
        return users.list(actor).stream().map(UserView::of).toList();
    }

    @GetMapping("/{id}")
    UserView get(Actor actor, @PathVariable long id) {
        return UserView.of(users.get(actor, id));
    }

    @PostMapping
    ResponseEntity<UserView> create(Actor actor, @Valid @RequestBody UserDraft draft) {
        var created = users.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(UserView.of(created));
    }

    @PutMapping("/{id}")
    UserView update(Actor actor, @PathVariable long id, @Valid @RequestBody UserUpdate update) {
        return UserView.of(users.update(actor, id, update.version(), update.displayName(), update.enabled()));
    }

    @PostMapping("/{id}/password")
    ResponseEntity<Void> resetPassword(Actor actor, @PathVariable long id, @Valid @RequestBody PasswordReset reset) {
        users.resetPassword(actor, id, reset.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    ResponseEntity<Void> unlock(Actor actor, @PathVariable long id) {
        users.unlock(actor, id);
        return ResponseEntity.noContent().build();
    }

    record UserUpdate(
            @NotNull Integer version,
            @NotBlank String displayName,
            @NotNull Boolean enabled) {}

    record PasswordReset(@NotBlank String password) {}

    record UserView(
            long id,
            String username,
            String displayName,
            List<String> roles,
            @Nullable String regionCode,
            List<String> sectors,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            boolean enabled,
            java.time.@Nullable Instant lockedUntil,
            int version) {

        static UserView of(UserAccount a) {
            return new UserView(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.roles().stream().map(Enum::name).sorted().toList(),
                    a.regionCode(),
                    a.sectors().stream().map(Enum::name).sorted().toList(),
                    a.enterpriseId(),
                    a.departmentId(),
                    a.enabled(),
                    a.lockedUntil(),
                    a.version());
        }
    }
}
