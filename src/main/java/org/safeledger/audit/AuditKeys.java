package org.safeledger.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safeledger.platform.PrivateFiles;
import org.safeledger.platform.SafeLedgerProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain's HMAC, held outside the database: {@code safeledger.audit.keys}
 * ({@code SAFELEDGER_AUDIT_KEYS}, "id:base64,id:base64", the last one current) when set, otherwise the file
 * {@code <data-dir>/keys/audit-hmac.keys} (one "id base64" per line, owner-only), generated with a first key on the
 * first start. Rotating appends a key: new links use it, old links keep naming theirs (docs/operations.md).
 */
@Component
class AuditKeys {

    private final Map<String, byte[]> keys;
    private final String current;

    AuditKeys(SafeLedgerProperties properties, @Value("${safeledger.audit.keys:}") String configured) {
        this.keys = configured.isBlank()
                ? fromFile(properties.dataDir().resolve("keys/audit-hmac.keys"))
                : parse(configured);
        if (keys.isEmpty()) {
            throw new IllegalStateException("safeledger.audit.keys names no key");
        }
        this.current = keys.keySet().stream().reduce((a, b) -> b).orElseThrow();
    }

    String currentId() {
        return current;
    }

    byte[] key(String id) {
        var key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("audit key " + id + " is not configured");
        }
        return key.clone();
    }

    boolean has(String id) {
        return keys.containsKey(id);
    }

    private static Map<String, byte[]> parse(String configured) {
        var parsed = new LinkedHashMap<String, byte[]>();
        for (var item : configured.split(",")) {
            var parts = item.trim().split("[:\\s]+", 2);
            if (parts.length == 2) {
                parsed.put(parts[0], Base64.getDecoder().decode(parts[1].trim()));
            }
        }
        return parsed;
    }

    private static Map<String, byte[]> fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                var key = new byte[32];
                new SecureRandom().nextBytes(key);
                PrivateFiles.write(file, "k1 " + Base64.getEncoder().encodeToString(key) + "\n");
            }
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            return parse(String.join(",", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
