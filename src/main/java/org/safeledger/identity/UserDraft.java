package org.safeledger.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Role;

/**
 * A new user. The role decides which place is required: an enterprise for enterprise staff and principals, a
 * department for inspectors and department heads (the scope then takes the department's region and sectors),
 * a region for leaders; administrators may be limited to a region or see the whole country. The password must
 * pass {@link PasswordPolicy}.
 */
public record UserDraft(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{error.username.format}")
        String username,

        @NotBlank @Size(max = 50) String displayName,

        @NotBlank // its length and the rest of the rules: PasswordPolicy
        String password,

        @NotEmpty List<@NotNull Role> roles,

        @Nullable @Pattern(regexp = "^$|\\d{6}", message = "{error.regionCode.format}")
        String regionCode,

        @Nullable Long enterpriseId,
        @Nullable Long departmentId,
        @Nullable Long personId) {}
