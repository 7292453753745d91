package org.safeledger.notification.web;

import org.safeledger.notification.WebhookDraft;

/** The new-webhook form. */
public class WebhookForm {

    private String name = "";
    private String url = "";
    private String secret = "";
    private String regionCode = "";

    WebhookDraft toDraft() {
        return new WebhookDraft(name, url, secret, regionCode.isBlank() ? null : regionCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
