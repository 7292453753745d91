package org.safeledger.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new webhook: a name, an http(s) URL, the shared secret the receiver checks signatures with (at least 16
 * characters; never shown again), and optionally the region whose notifications it receives (all when absent).
 */
public record WebhookDraft(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) String url,
        @NotBlank @Size(min = 16, max = 200) String secret,
        @Nullable String regionCode) {}
