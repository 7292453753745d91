package org.safeledger.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeledger.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * A real id for each path parameter of an operation where the collection before it lists one ({@code /api/v1/hazards}
 * for {@code /api/v1/hazards/{id}/...}): the first record any demo user sees there.
 */
final class PathSamples {

    private static final List<String> READERS = List.of("inspector", "admin", "mine1", "leader");

    private final int port;
    private final Map<String, String> cache = new HashMap<>();

    PathSamples(int port) {
        this.port = port;
    }

    Map<String, String> of(WriteEndpoints.Operation operation) {
        var samples = new LinkedHashMap<String, String>();
        for (var name : operation.pathParameters().keySet()) {
            var marker = "{" + name + "}";
            var before = operation.path().substring(0, operation.path().indexOf(marker) - 1);
            for (var earlier : samples.entrySet()) {
                before = before.replace("{" + earlier.getKey() + "}", earlier.getValue());
            }
            if (!before.contains("{")) {
                var id = cache.computeIfAbsent(before, this::firstId);
                if (id != null) {
                    samples.put(name, id);
                }
            }
        }
        return samples;
    }

    private String firstId(String collection) {
        for (var reader : READERS) {
            var answer = Api.at(port).as(reader).get(collection);
            if (answer.status() != 200 || !answer.contentType().contains("json")) {
                continue;
            }
            var json = answer.json();
            JsonNode items = json.isArray() ? json : json.path("items");
            if (items.isArray() && items.size() > 0 && items.get(0).has("id")) {
                return items.get(0).get("id").asString();
            }
        }
        return "1";
    }
}
