package org.safeledger.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The input of each step, one small record per action; {@code version} is the item's as the caller read it. */
public final class Steps {

    private Steps() {}

    public record Plan(
            @NotNull Integer version,
            @NotBlank @Size(max = 4000) String plan,
            @NotBlank @Size(max = 4000) String measures) {}

    public record Progress(
            @NotNull Integer version,
            @NotBlank @Size(max = 4000) String note) {}

    public record Submit(
            @NotNull Integer version,
            @NotBlank @Size(max = 4000) String evidence,
            @Nullable @Size(max = 20) List<Long> attachmentIds) {}

    public record Accept(
            @NotNull Integer version,
            @NotBlank @Size(max = 2000) String opinion) {}

    public record Reject(
            @NotNull Integer version,
            @NotBlank @Size(max = 2000) String reason) {}

    /** An extension asked: the deadline wanted, why, and how far the rectification has come. */
    public record Extend(
            @NotNull Integer version,
            @NotBlank String newDeadline,
            @NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 2000) String progress) {}

    /** The extension asked, granted; the opinion may be empty. */
    public record GrantExtension(
            @NotNull Integer version,
            @Nullable @Size(max = 2000) String opinion) {}

    public record DenyExtension(
            @NotNull Integer version,
            @NotBlank @Size(max = 2000) String reason) {}

    public record Reopen(
            @NotNull Integer version,
            @NotBlank String newDeadline,
            @NotBlank @Size(max = 2000) String reason) {}
}
