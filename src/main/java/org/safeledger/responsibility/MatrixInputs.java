package org.safeledger.responsibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the matrix's maintainers send: a new post, a holder from a day, a vacancy on a day. */
public final class MatrixInputs {

    private MatrixInputs() {}

    /** A post: its role, its title as the division of labour names it, the sectors in its charge. */
    public record NewPost(
            @NotBlank String role,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 20) List<@NotBlank String> sectors) {}

    /** {@code personId} holds the post from {@code from} (a person of the post's region, not of an enterprise). */
    public record Appointment(
            @NotNull Integer version,
            @NotNull Long personId,
            @NotBlank String from) {}

    /** The holder's last day in the post. */
    public record Vacancy(
            @NotNull Integer version, @NotBlank String on) {}
}
