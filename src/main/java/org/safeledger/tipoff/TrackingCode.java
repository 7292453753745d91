package org.safeledger.tipoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a reporter follows a tip-off with: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 79 bits from {@link SecureRandom}, shown in groups of four. Only its SHA-256 is stored, so the database
 * cannot give a code back; a code typed with spaces, dashes or in lower case is the same code.
 */
final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {}

    /** A new code, grouped for reading aloud: {@code ABCD-EFGH-JKMN-PQRS}. */
    static String generate() {
        var code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, reduced to its 16 characters; empty when it cannot be a code. */
    static Optional<String> normalise(String typed) {
        if (typed.length() > 64) {
            return Optional.empty();
        }
        var code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The stored form of a code (grouped or not). */
    static String hash(String code) {
        var plain = normalise(code).orElseThrow(() -> new IllegalArgumentException("not a tracking code"));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
