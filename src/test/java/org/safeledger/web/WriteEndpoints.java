package org.safeledger.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's write operations as the OpenAPI description at {@code /v3/api-docs} gives them: method, path, path and
 * query parameters, and the request body's schema, with a plausible value for each so that a scan can spoil one
 * part at a time while the rest gets past the first checks: {@code known} values by field name (a real enterprise,
 * department, hazard...), else one of the field's type.
 */
record WriteEndpoints(JsonNode spec, Map<String, JsonNode> known) {

    private static final List<String> METHODS = List.of("post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation; {@code body} is null when it takes none, {@code multipart} when it takes a form with files. */
    record Operation(
            String method,
            String path,
            Map<String, JsonNode> pathParameters,
            Map<String, JsonNode> queryParameters,
            JsonNode body,
            boolean multipart,
            Map<String, String> samples) {

        /** The path with {@code values} for some parameters and a sample (a real id where one was found) for the rest. */
        String pathWith(Map<String, String> values) {
            var result = path;
            for (var name : pathParameters.keySet()) {
                result = result.replace("{" + name + "}", values.getOrDefault(name, samples.getOrDefault(name, "1")));
            }
            return result;
        }

        Operation withSamples(Map<String, String> samples) {
            return new Operation(method, path, pathParameters, queryParameters, body, multipart, samples);
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (var path : spec.get("paths").properties()) {
            for (var method : METHODS) {
                var operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method, path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        var pathParameters = new LinkedHashMap<String, JsonNode>();
        var queryParameters = new LinkedHashMap<String, JsonNode>();
        for (var parameter : operation.path("parameters")) {
            var schema = resolve(parameter.path("schema"));
            switch (parameter.path("in").asString()) {
                case "path" -> pathParameters.put(parameter.get("name").asString(), schema);
                case "query" -> queryParameters.put(parameter.get("name").asString(), schema);
                default -> {}
            }
        }
        JsonNode body = null;
        boolean multipart = false;
        var content = operation.path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            multipart = true;
            body = resolve(content.get("multipart/form-data").path("schema"));
        } else if (content.has("application/json")) {
            body = resolve(content.get("application/json").path("schema"));
        } else if (!content.isMissingNode() && content.size() > 0) {
            body = resolve(content.properties().iterator().next().getValue().path("schema"));
        }
        // a file parameter is sent as a multipart form whatever media type the description gives its body
        multipart |= body != null && hasFile(body);
        return new Operation(method, path, pathParameters, queryParameters, body, multipart, Map.of());
    }

    private boolean hasFile(JsonNode schema) {
        for (var property : resolve(schema).path("properties").properties()) {
            if ("binary".equals(resolve(property.getValue()).path("format").asString())) {
                return true;
            }
        }
        return false;
    }

    /** The schema a {@code $ref} (or the first of an {@code allOf}/{@code oneOf}) stands for. */
    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            var name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(spec.path("components").path("schemas").path(name));
        }
        for (var combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return resolve(schema.get(combinator).get(0));
            }
        }
        return schema;
    }

    static String type(JsonNode schema) {
        if (schema.has("type")) {
            var type = schema.get("type");
            return type.isArray() ? type.get(0).asString() : type.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /**
     * A value that fits the schema's type (not necessarily one the domain accepts). A {@code minimal} object holds
     * only its required, known, enumerated and dated fields, so that optional fields filled with junk do not stop
     * a request before the spoiled part; {@code operation} ("POST /api/v1/...") picks known values meant for it.
     */
    JsonNode plausible(JsonNode schema, String operation, boolean minimal, int depth) {
        schema = resolve(schema);
        return switch (type(schema)) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object" -> plausibleObject(schema, operation, minimal, depth);
            default -> plausibleString(schema);
        };
    }

    private JsonNode plausibleObject(JsonNode schema, String operation, boolean minimal, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 3) {
            return object;
        }
        var required = new java.util.HashSet<String>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : schema.path("properties").properties()) {
            var name = property.getKey();
            var propertySchema = resolve(property.getValue());
            var value = known.getOrDefault(operation + "#" + name, known.get(name));
            var dated = List.of("date", "date-time")
                    .contains(propertySchema.path("format").asString());
            if (value != null
                    && (!dated || "date".equals(propertySchema.path("format").asString()))) {
                object.set(name, value.deepCopy());
            } else if (!minimal || required.contains(name) || propertySchema.has("enum") || dated) {
                object.set(name, plausible(propertySchema, operation, minimal, depth + 1));
            }
        }
        return object;
    }

    private static JsonNode plausibleString(JsonNode schema) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        return NODES.stringNode(
                switch (schema.path("format").asString()) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "binary" -> "x";
                    default -> schema.path("pattern").asString().contains("\\d{6}") ? "152921" : "x";
                });
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }
}
