package org.safeledger.tipoff;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public's side of tip-offs over HTTP, as one client address (X-Forwarded-For, believed from this host) with its
 * own cookies: the page's form (CSRF token from the page), or the JSON equivalent (token from the form's JSON).
 */
final class PublicForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([^<]+)<");

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private final String address;

    PublicForm(int port, String address) {
        this.port = port;
        this.address = address;
    }

    /** A photo part: its file name and bytes. */
    record Photo(String name, byte[] content) {}

    /** Submits the page's form for the county and follows the redirect: the tracking code shown. */
    String submitPage(Map<String, String> fields, Photo... photos) {
        var page = send(
                request("/public/tip-offs/new?region=" + fields.get("regionCode"))
                        .GET(),
                "text/html");
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the form: " + page.body());
        }
        var posted = post("/public/tip-offs", fields, csrf.group(1), null, "text/html", photos);
        if (posted.statusCode() != 302) {
            throw new AssertionError(posted.statusCode() + " " + posted.body());
        }
        var received = send(request("/public/tip-offs/received").GET(), "text/html");
        var code = CODE.matcher(received.body());
        if (!code.find()) {
            throw new AssertionError("no tracking code: " + received.body());
        }
        return code.group(1);
    }

    /** Submits as a JSON client: status and body (201 with the tracking code, or a problem). */
    HttpResponse<String> submitJson(Map<String, String> fields, Photo... photos) {
        return submitJsonTo("/public/tip-offs", fields, photos);
    }

    /** Submits as a JSON client to the path given (the contract's, or a spelling of it). */
    HttpResponse<String> submitJsonTo(String path, Map<String, String> fields, Photo... photos) {
        var form = JSON.readTree(
                send(request("/public/tip-offs/new").GET(), "application/json").body());
        return post(
                path,
                fields,
                form.get("csrfToken").asString(),
                form.get("csrfHeader").asString(),
                "application/json",
                photos);
    }

    JsonNode track(String code) {
        var response = send(request("/public/tip-offs/track?code=" + code).GET(), "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> trackPage(String code) {
        return send(request("/public/tip-offs/track?code=" + code).GET(), "text/html");
    }

    /** A GET as a JSON client. */
    HttpResponse<String> getJson(String path) {
        return send(request(path).GET(), "application/json");
    }

    private HttpResponse<String> post(
            String path, Map<String, String> fields, String token, String header, String accept, Photo... photos) {
        var boundary = "----tipoff" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> part(body, boundary, name, null, value.getBytes(StandardCharsets.UTF_8)));
        if (header == null) {
            part(body, boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8));
        }
        for (var photo : photos) {
            part(body, boundary, "photos", photo.name(), photo.content());
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (header != null) {
            request.header(header, token);
        }
        return send(request, accept);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] content) {
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
        try {
            return client.send(
                    request.header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
