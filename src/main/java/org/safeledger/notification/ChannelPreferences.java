package org.safeledger.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person's channels. The inbox always receives; e-mail when {@code emailEnabled} with an address; the region's
 * messaging platform (webhooks) unless {@code webhookEnabled} is off. {@code language} ({@code zh-CN} or
 * {@code en}) is the language of e-mail and webhook texts.
 */
public record ChannelPreferences(
        @NotNull Boolean emailEnabled,
        @Nullable @Email @Size(max = 200) String email,
        @NotNull Boolean webhookEnabled,
        @Nullable String language) {

    static ChannelPreferences defaults() {
        return new ChannelPreferences(false, null, true, "zh-CN");
    }
}
