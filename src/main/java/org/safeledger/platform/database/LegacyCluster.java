package org.safeledger.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A data directory from before passwords (every local connection trusted): on its first start the superuser gets
 * its password (still over the trusted connection), {@code pg_hba.conf} is replaced by one that asks every
 * connection for a scram-sha-256 password, and the server reloads it. The data is not touched.
 */
final class LegacyCluster {

    static final String HBA = """
            # SafeLedger: every connection gives a password (scram-sha-256); see docs/operations.md.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private LegacyCluster() {}

    static void secure(EmbeddedServer server, Path directory) throws IOException {
        try (var trusted = DriverManager.getConnection(server.url(), "postgres", "");
                var statement = trusted.createStatement()) {
            statement.execute(
                    "ALTER ROLE postgres WITH PASSWORD '" + server.credentials().superuser() + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), HBA);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException(
                    "could not secure the embedded cluster from an earlier version: " + e.getMessage(), e);
        }
    }
}
