package org.safeledger.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new person and their posts. Each post names its place: an enterprise for enterprise posts, a department for
 * inspectors and heads, a region for leaders.
 */
public record PersonDraft(
        @NotBlank @Size(max = 50) String name,

        @Nullable @Pattern(regexp = "^$|[0-9+\\- ]{5,20}", message = "{error.phone.format}")
        String mobile,

        @NotEmpty List<@Valid @NotNull PostDraft> posts) {

    /** One post of the draft. */
    public record PostDraft(
            @NotNull PostKind kind,
            @NotBlank @Size(max = 50) String title,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,

            @Nullable @Pattern(regexp = "\\d{6}", message = "{error.regionCode.format}")
            String regionCode) {}
}
