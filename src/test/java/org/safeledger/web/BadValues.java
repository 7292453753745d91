package org.safeledger.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Values (as JSON text) that a field of a given type must refuse: wrong types, nulls, extremes, broken text. */
final class BadValues {

    record Bad(String what, String json, boolean heavy) {

        static Bad light(String json) {
            return new Bad(json.length() > 30 ? json.substring(0, 12) + "…(" + json.length() + ")" : json, json, false);
        }

        static Bad heavy(String what, String json) {
            return new Bad(what, json, true);
        }
    }

    private BadValues() {}

    static List<Bad> forType(String type, JsonNode schema) {
        var bad = new ArrayList<Bad>();
        bad.add(Bad.light("null"));
        switch (type) {
            case "integer" -> {
                for (var json : List.of(
                        "\"abc\"",
                        "\"1\"",
                        "1.7",
                        "1e400",
                        "99999999999999999999999",
                        "-99999999999999999999999",
                        "2147483648",
                        "true",
                        "{}",
                        "[]")) {
                    bad.add(Bad.light(json));
                }
                bad.add(Bad.heavy("a 5000-digit number", "1" + "0".repeat(5000)));
            }
            case "number" -> {
                for (var json : List.of("\"abc\"", "1e400", "-1e400", "true", "{}", "[]")) {
                    bad.add(Bad.light(json));
                }
                bad.add(Bad.heavy("a 5000-digit number", "1" + "0".repeat(5000)));
            }
            case "boolean" -> {
                for (var json : List.of("\"abc\"", "12", "\"true\"", "{}", "[]")) {
                    bad.add(Bad.light(json));
                }
            }
            case "array" -> {
                for (var json : List.of("\"x\"", "1", "{}", "[null]", "[{}]", "[\"abc\"]", "[1.5]", "[[]]")) {
                    bad.add(Bad.light(json));
                }
                var item = switch (WriteEndpoints.type(schema.path("items"))) {
                    case "integer", "number" -> "1";
                    case "object" -> "{}";
                    default -> "\"x\"";
                };
                bad.add(Bad.heavy("a million items", BadRequests.millionItems(item)));
            }
            case "object" -> {
                for (var json : List.of("\"x\"", "1", "[]", "true")) {
                    bad.add(Bad.light(json));
                }
            }
            default -> strings(bad);
        }
        return bad;
    }

    private static void strings(List<Bad> bad) {
        for (var json : List.of(
                "123",
                "1.5",
                "true",
                "{}",
                "[]",
                "\"\"",
                "\"   \"",
                "\"a\\u0000b\"",
                "\"\\ud800\"",
                "\"x\\udc00y\"",
                "\"2026-13-45\"",
                "\"../../etc/passwd\"")) {
            bad.add(Bad.light(json));
        }
        bad.add(Bad.heavy("a string of 200,000 characters", "\"" + "x".repeat(200_000) + "\""));
        bad.add(Bad.heavy("a string of 100,000 Chinese characters", "\"" + "险".repeat(100_000) + "\""));
    }
}
