package org.safeledger.platform.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.PrivateFiles;

/**
 * The embedded server's three passwords — the superuser {@code postgres}, the owner {@code safeledger_owner} that
 * migrates, the application's {@code safeledger_app} — generated on the first start and kept in
 * {@code <data-dir>/postgres.credentials}, readable by the server's OS user only.
 */
record DatabaseCredentials(String superuser, String owner, String app) {

    static final String OWNER_ROLE = "safeledger_owner";
    static final String APP_ROLE = "safeledger_app";

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(random(), random(), random());
    }

    /** The stored credentials, or null when the file does not exist (a new directory, or one from before them). */
    static @Nullable DatabaseCredentials read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return new DatabaseCredentials(
                properties.getProperty("postgres"),
                properties.getProperty(OWNER_ROLE),
                properties.getProperty(APP_ROLE));
    }

    void write(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty("postgres", superuser);
        properties.setProperty(OWNER_ROLE, owner);
        properties.setProperty(APP_ROLE, app);
        var text = new StringWriter();
        properties.store(text, "SafeLedger embedded PostgreSQL passwords (docs/operations.md)");
        PrivateFiles.write(file, text.toString());
    }

    private static String random() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
