package org.safeledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of one link of the chain. Keyed links: {@code HMAC-SHA-256(key, previous hash, position, entry id,
 * time, actor, action, target, detail)} — nobody without the key, which never enters the database, can make a
 * link that verifies. Links made before keys existed ({@link #LEGACY}) used the unkeyed SHA-256 of the same text
 * without the entry id; they are accepted only up to the position the signed checkpoints record for them.
 */
final class ChainHash {

    static final String LEGACY = "sha256";
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(AuditKeys keys, String keyId, String previous, long seq, AuditEntries.Entry entry) {
        try {
            if (LEGACY.equals(keyId)) {
                var text = String.join("\n", previous, Long.toString(seq), content(entry));
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            }
            var text = String.join("\n", previous, Long.toString(seq), Long.toString(entry.id()), content(entry));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(keyId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are required of every JVM", e);
        }
    }

    private static String content(AuditEntries.Entry entry) {
        return String.join(
                "\n",
                Long.toString(entry.at().getEpochSecond()),
                Integer.toString(entry.at().getNano() / 1000),
                entry.actor(),
                entry.action(),
                entry.target(),
                entry.detail());
    }
}
