package org.safeledger.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeledger.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (user administration, the first administrator, a user's own
 * change; API and pages alike): 10 to 64 characters and at most bcrypt's 72 bytes, not one of the 10,000 commonest
 * passwords (case ignored), and neither the username nor containing it (case ignored). A refusal is a 400 naming
 * the field {@code password}.
 *
 * <p>The list is {@code identity/common-passwords.txt}: the first 10,000 of the "passwords" frequency list shipped
 * by zxcvbn 4.4.2 (npm package {@code zxcvbn}, Dropbox, MIT licence), which its authors took from Xato's corpus
 * of 10 million leaked passwords.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes; a longer password (25 Chinese characters suffice) would be cut silently. */
    static final int MAX_BYTES = 72;

    private static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this(load());
    }

    PasswordPolicy(Set<String> common) {
        this.common = common.stream().map(PasswordPolicy::fold).collect(Collectors.toSet());
    }

    /** Refuses {@code password} for the account {@code username} with a 400 on the field {@code password}. */
    void check(String username, String password) {
        Objects.requireNonNull(password, "password");
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw refusal("error.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refusal("error.password.bytes", MAX_BYTES);
        }
        var folded = fold(password);
        if (!username.isBlank() && folded.contains(fold(username.strip()))) {
            throw refusal("error.password.containsUsername");
        }
        if (common.contains(folded)) {
            throw refusal("error.password.common");
        }
    }

    private static InvalidInputException refusal(String key, Object... args) {
        return new InvalidInputException("password", key, args);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST);
        if (stream == null) {
            throw new IllegalStateException("The common-password list " + LIST + " is missing from the classpath");
        }
        var passwords = new HashSet<String>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
