package org.safeledger.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: real HTTP to the running application, JSON parsed with Jackson. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;
    private final String forwardedFor;

    private Api(String base, String authorization, String language, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.forwardedFor = forwardedFor;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null, null, null);
    }

    public Api as(String username, String password) {
        var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + basic, language, forwardedFor);
    }

    /**
     * Requests as if from another client address, through a reverse proxy on this host (the application believes
     * X-Forwarded-For from 127.0.0.1 only).
     */
    public Api from(String clientAddress) {
        return new Api(base, authorization, language, clientAddress);
    }

    /** A demo user (password demo2026). */
    public Api as(String demoUser) {
        return as(demoUser, "demo2026");
    }

    /** The enterprise of the signed-in user ({@code /api/v1/me}'s enterpriseId). */
    public long enterpriseId() {
        return get("/api/v1/me").json().get("enterpriseId").asLong();
    }

    /** The department of the signed-in user ({@code /api/v1/me}'s departmentId). */
    public long departmentId() {
        return get("/api/v1/me").json().get("departmentId").asLong();
    }

    /** The signed-in user's id. */
    public long userId() {
        return get("/api/v1/me").json().get("id").asLong();
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token, language, forwardedFor);
    }

    public Api inEnglish() {
        return new Api(base, authorization, "en", forwardedFor);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET of a binary answer (a spreadsheet): status, content type and bytes. */
    public Binary getBinary(String path) {
        try {
            var response = client.send(
                    request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body(),
                    response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Binary(
            int status, String contentType, String disposition, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    /** A GET accepting any media type, as a Prometheus scraper or a browser asks. */
    public Response getAnything(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postWithKey(String path, String json, String idempotencyKey) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload of one file in the field {@code file}. */
    public Response upload(String path, String filename, byte[] content) {
        var boundary = "----safeledger" + System.nanoTime();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST with any content type and body, as a broken client might send it. */
    public Response rawPost(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Any method with any body and content type (or none), as a broken or hostile client might send it; the bytes are
     * sent as given, so they may hold invalid UTF-8.
     */
    public Response raw(String method, String path, String contentType, byte[] body) {
        var builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As {@link #raw}, with the body sent chunked (no Content-Length), as a streaming client sends it. */
    public Response chunked(String method, String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(
                        method,
                        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    /** A GET with the given Accept header. */
    public Response getAccepting(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, raw body, and the body as JSON. */
    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
