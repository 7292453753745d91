package org.safeledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the login form, as a browser without JavaScript would. */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    public PageClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** A form POST carrying the CSRF token of the page the form is on. */
    public HttpResponse<String> submit(String formPage, String action, String form) {
        var matcher = CSRF.matcher(get(formPage).body());
        assertThat(matcher.find()).as("CSRF token on " + formPage).isTrue();
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + matcher.group(1)))
                .build());
    }

    public PageClient signIn(String username, String password) {
        var response = submit(
                "/login",
                "/login",
                "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error").doesNotContain("locked"));
        return this;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
