package org.safeledger.notification.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.notification.ChannelPreferences;

/** The channel preferences as a page form (check boxes arrive absent when unticked). */
public class ChannelForm {

    private boolean emailEnabled;
    private @Nullable String email;
    private boolean webhookEnabled;
    private @Nullable String language;

    static ChannelForm of(ChannelPreferences p) {
        var form = new ChannelForm();
        form.emailEnabled = p.emailEnabled();
        form.email = p.email();
        form.webhookEnabled = p.webhookEnabled();
        form.language = p.language();
        return form;
    }

    ChannelPreferences toPreferences() {
        return new ChannelPreferences(emailEnabled, email, webhookEnabled, language);
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public boolean isWebhookEnabled() {
        return webhookEnabled;
    }

    public void setWebhookEnabled(boolean webhookEnabled) {
        this.webhookEnabled = webhookEnabled;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }
}
