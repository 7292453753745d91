package org.safeledger.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests for one write operation: each spoils one thing — the whole body, one field of it (at any depth, inside
 * arrays too), a path or a query parameter — and leaves the rest plausible, so that the spoiled part is what the
 * server meets.
 */
final class BadRequests {

    /** One request to send; {@code heavy} ones (megabytes) are sent as one user only. */
    record Probe(String what, String method, String path, String contentType, byte[] body, boolean heavy) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "\"__spoiled__\"";
    private static final String JSON_TYPE = "application/json";
    private static final int MILLION = 1_000_000;

    private final WriteEndpoints endpoints;
    private final WriteEndpoints.Operation operation;
    private final List<Probe> probes = new ArrayList<>();

    private BadRequests(WriteEndpoints endpoints, WriteEndpoints.Operation operation) {
        this.endpoints = endpoints;
        this.operation = operation;
    }

    static List<Probe> of(WriteEndpoints endpoints, WriteEndpoints.Operation operation) {
        var bad = new BadRequests(endpoints, operation);
        bad.pathParameters();
        bad.queryParameters();
        if (operation.multipart()) {
            bad.multipart();
        } else {
            bad.wholeBodies();
            if (operation.body() != null) {
                for (boolean minimal : new boolean[] {false, true}) {
                    var base = endpoints.plausible(operation.body(), operation.toString(), minimal, 0);
                    bad.fields(base, new ArrayList<>(), operation.body());
                }
            }
        }
        return bad.probes;
    }

    private String path() {
        return operation.pathWith(Map.of());
    }

    private String baseBody() {
        return operation.body() == null
                ? "{}"
                : JSON.writeValueAsString(endpoints.plausible(operation.body(), operation.toString(), false, 0));
    }

    private void add(String what, String path, String contentType, String body, boolean heavy) {
        probes.add(new Probe(what, operation.method(), path, contentType, body == null ? null : utf8(body), heavy));
    }

    private void pathParameters() {
        for (var parameter : operation.pathParameters().entrySet()) {
            var numeric = List.of("integer", "number").contains(WriteEndpoints.type(parameter.getValue()));
            var values = new ArrayList<>(List.of("%00", "%ED%A0%80", "x".repeat(3000)));
            if (numeric) {
                values.addAll(List.of("abc", "1.5", "99999999999999999999", "1e3", "-"));
            }
            for (var value : values) {
                var path = operation.pathWith(Map.of(parameter.getKey(), value));
                add("path " + parameter.getKey() + "=" + abbreviate(value), path, JSON_TYPE, baseBody(), false);
            }
        }
    }

    private void queryParameters() {
        for (var parameter : operation.queryParameters().entrySet()) {
            for (var value : List.of("abc", "1.5", "%00", "99999999999999999999")) {
                add(
                        "query " + parameter.getKey() + "=" + value,
                        path() + "?" + parameter.getKey() + "=" + value,
                        JSON_TYPE,
                        baseBody(),
                        false);
            }
        }
    }

    private void wholeBodies() {
        var bodies = new LinkedHashMap<String, String>();
        bodies.put("empty body", "");
        for (var body : List.of("null", "[]", "{}", "123", "\"x\"", "{", "{\"a\":}", "{\"a\" 1}", "[1,", "}{")) {
            bodies.put("body " + body, body);
        }
        bodies.forEach((what, body) -> add(what, path(), JSON_TYPE, body, false));
        add("no body at all", path(), JSON_TYPE, null, false);
        add("no content type", path(), null, baseBody(), false);
        add("text/plain", path(), "text/plain", baseBody(), false);
        add("application/xml", path(), "application/xml", "<a/>", false);
        add("unknown charset", path(), "application/json;charset=klingon", baseBody(), false);
        add("form encoded", path(), "application/x-www-form-urlencoded", "a=1&b=%00", false);
        add("nested 100000 deep", path(), JSON_TYPE, "[".repeat(100_000) + "]".repeat(100_000), true);
        var raw = new ArrayList<byte[]>();
        raw.add(bytes("{\"title\":\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"));
        raw.add(bytes("{\"title\":\"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\"}"));
        raw.add(bytes("{\"title\":\"a", new byte[] {0}, "b\"}"));
        for (int i = 0; i < raw.size(); i++) {
            probes.add(new Probe("raw bytes " + i, operation.method(), path(), JSON_TYPE, raw.get(i), false));
        }
    }

    private void multipart() {
        add("multipart without boundary", path(), "multipart/form-data", "", false);
        add("multipart cut short", path(), "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disp", false);
        add("multipart without parts", path(), "multipart/form-data; boundary=xyz", "--xyz--\r\n", false);
        add(
                "multipart with another field",
                path(),
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n--xyz--\r\n",
                false);
        add(
                "multipart with an empty file",
                path(),
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n\r\n--xyz--\r\n",
                false);
        add("json instead of multipart", path(), JSON_TYPE, "{}", false);
    }

    /** Spoils each field under {@code node} (whose schema is {@code schema}), one at a time. */
    private void fields(JsonNode base, List<Object> at, JsonNode schema) {
        schema = endpoints.resolve(schema);
        switch (WriteEndpoints.type(schema)) {
            case "object" -> {
                for (var property : schema.path("properties").properties()) {
                    var path = new ArrayList<>(at);
                    path.add(property.getKey());
                    spoil(base, path, endpoints.resolve(property.getValue()));
                }
            }
            case "array" -> {
                var items = endpoints.resolve(schema.path("items"));
                var path = new ArrayList<>(at);
                path.add(0);
                var copy = base.deepCopy();
                ((ArrayNode) locate(copy, at)).add(endpoints.plausible(items, operation.toString(), false, 0));
                spoil(copy, path, items);
            }
            default -> {}
        }
    }

    private void spoil(JsonNode base, List<Object> path, JsonNode schema) {
        if (path.size() > 5) {
            return;
        }
        if (locate(base, path) == null) { // a field the minimal base leaves out: spoil it all the same
            base = base.deepCopy();
            replace(base, path, endpoints.plausible(schema, operation.toString(), false, 0));
        }
        var type = WriteEndpoints.type(schema);
        var name = String.join(".", path.stream().map(String::valueOf).toList());
        for (var bad : BadValues.forType(type, schema)) {
            var copy = base.deepCopy();
            replace(copy, path, JSON.getNodeFactory().stringNode("__spoiled__"));
            var text = JSON.writeValueAsString(copy).replace(MARK, bad.json());
            add(name + " = " + bad.what(), path(), JSON_TYPE, text, bad.heavy());
        }
        var without = base.deepCopy();
        remove(without, path);
        add(name + " missing", path(), JSON_TYPE, JSON.writeValueAsString(without), false);
        if (type.equals("object") || type.equals("array")) {
            fields(base, path, schema);
        }
    }

    private static JsonNode locate(JsonNode root, List<Object> path) {
        var node = root;
        for (var step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        var parent = locate(root, path.subList(0, path.size() - 1));
        var last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static void remove(JsonNode root, List<Object> path) {
        var parent = locate(root, path.subList(0, path.size() - 1));
        var last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
    }

    /** A JSON array of a million plausible items (a few megabytes). */
    static String millionItems(String item) {
        var text = new StringBuilder(MILLION * (item.length() + 1) + 2).append('[');
        for (int i = 0; i < MILLION; i++) {
            text.append(i == 0 ? "" : ",").append(item);
        }
        return text.append(']').toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 5) + "…(" + value.length() + ")" : value;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        var a = utf8(head);
        var c = utf8(tail);
        var all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
