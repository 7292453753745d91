package org.safeledger.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A stable code list served at {@code GET /api/v1/code-lists/{name}}: each module declares its lists as beans;
 * the names of code {@code X} come from the message bundles under {@code <messagePrefix>.X}.
 */
public record CodeList(String name, String messagePrefix, List<String> codes) {

    public static CodeList of(String name, String messagePrefix, Class<? extends Enum<?>> type) {
        return new CodeList(
                name,
                messagePrefix,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
