package org.safeledger.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running embedded server and the passwords of its roles. */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;
    private final @Nullable Path throwAway;

    /** @param throwAway a directory to delete on close (a test's server), or null to keep the data */
    EmbeddedServer(EmbeddedPostgres postgres, DatabaseCredentials credentials, @Nullable Path throwAway) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.throwAway = throwAway;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    DatabaseCredentials credentials() {
        return credentials;
    }

    /** A connection as the superuser, with its password (for setting the server up only). */
    Connection superuser() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", credentials.superuser());
    }

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    void applyRoles() throws IOException {
        try (var connection = superuser()) {
            DatabaseRoles.apply(connection, credentials);
        } catch (SQLException e) {
            throw new IOException("could not set up the embedded database's roles: " + e.getMessage(), e);
        }
    }

    void warnWithoutChecksums() throws IOException {
        try (var connection = superuser();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SHOW data_checksums")) {
            if (result.next() && !"on".equals(result.getString(1))) {
                log.warn("Data checksums are off in this embedded cluster (it was made before SafeLedger turned them"
                        + " on). To turn them on: stop SafeLedger, run PostgreSQL 17's pg_checksums --enable -D on the"
                        + " data directory (docs/operations.md).");
            }
        } catch (SQLException e) {
            throw new IOException("could not read data_checksums: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (throwAway != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(throwAway);
            }
        }
    }
}
