package org.safeledger.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import javax.sql.DataSource;
import org.safeledger.platform.PrivateFiles;
import org.safeledger.platform.SafeLedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The default database: a PostgreSQL 17 server started inside the application, its data under
 * {@code SAFELEDGER_DATA_DIR/postgres} so it survives restarts, run as a production server would be
 * (docs/operations.md, "The embedded database"):
 *
 * <ul>
 *   <li>a new cluster is made with data checksums and {@code scram-sha-256} for every connection, the superuser's
 *       password generated and kept owner-only in {@code postgres.credentials} ({@link DatabaseCredentials});
 *   <li>a cluster from before this (trusting every local connection) gets the passwords and the same
 *       {@code pg_hba.conf} on its first start, nothing else changed; checksums cannot be switched on without the
 *       server's {@code pg_checksums} tool, which zonky does not ship, and a warning says so;
 *   <li>the socket directory is private (0700); TCP listens on localhost only;
 *   <li>Flyway migrates as {@code safeledger_owner}, the application connects as {@code safeledger_app}
 *       ({@link DatabaseRoles}, afterMigrate grants).
 * </ul>
 *
 * zonky starts servers tuned for throw-away tests (fsync and synchronous_commit off); a persistent store must not
 * lose committed data on a crash, so both are switched back on. A server orphaned by a killed JVM is stopped first.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final int MAX_SOCKET_PATH = 100;

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(SafeLedgerProperties properties) throws IOException {
        var settings = properties.embeddedDb();
        var builder = EmbeddedPostgres.builder()
                .setPort(settings.port())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("listen_addresses", "localhost")
                // crash recovery after a killed JVM, with fsync on, can take longer than zonky's 10 s default
                .setPGStartupWait(Duration.ofMinutes(3));
        Path directory;
        Path socketDirectory;
        DatabaseCredentials credentials;
        boolean legacy = false;
        Path throwAway = null;
        if (settings.ephemeral()) {
            var base = Files.createTempDirectory("safeledger-pg");
            directory = base.resolve("data");
            socketDirectory = base.resolve("run");
            credentials = DatabaseCredentials.generate();
            initialise(directory, credentials, base);
            // zonky's own clean-up would run its initdb over ours: the directory is removed on close instead
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            throwAway = base;
        } else {
            directory = properties.dataDir().resolve("postgres").toAbsolutePath();
            socketDirectory = properties.dataDir().resolve("postgres-run").toAbsolutePath();
            var credentialsFile =
                    properties.dataDir().resolve("postgres.credentials").toAbsolutePath();
            var stored = DatabaseCredentials.read(credentialsFile);
            boolean exists = Files.exists(directory.resolve("PG_VERSION"));
            credentials = stored == null ? DatabaseCredentials.generate() : stored;
            if (stored == null) {
                credentials.write(credentialsFile);
            }
            legacy = stored == null && exists;
            if (!exists) {
                initialise(directory, credentials, properties.dataDir().toAbsolutePath());
            }
            new OrphanedServer(directory).stopIfRunning();
            builder.setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // PostgreSQL's 128 MB default keeps little of a million-hazard ledger in memory
                    .setServerConfig("shared_buffers", settings.sharedBuffers());
            log.info("Embedded PostgreSQL data directory: {}", directory);
        }
        PrivateFiles.directory(socketDirectory);
        var socket = socketDirectory.toString();
        builder.setServerConfig("unix_socket_directories", socket.length() <= MAX_SOCKET_PATH ? socket : "")
                .setServerConfig("unix_socket_permissions", "0700");
        // zonky's start-up check signs in as postgres (a trusting legacy cluster ignores the password)
        builder.setConnectConfig("password", credentials.superuser());
        var server = new EmbeddedServer(builder.start(), credentials, throwAway);
        try {
            if (legacy) {
                LegacyCluster.secure(server, directory);
            }
            server.applyRoles();
            server.warnWithoutChecksums();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void initialise(Path directory, DatabaseCredentials credentials, Path scratch) throws IOException {
        Files.createDirectories(directory);
        var passwordFile = Files.createTempFile(scratch, "pw", ".tmp");
        try {
            PrivateFiles.write(passwordFile, credentials.superuser() + "\n");
            PostgresBinaries.initdb(directory, passwordFile);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedServer server) {
        return pool(server, DatabaseCredentials.APP_ROLE, server.credentials().app(), "safeledger-embedded", 10);
    }

    /** Flyway's connection: the owner role, which creates and alters the schema. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedServer server) {
        return pool(server, DatabaseCredentials.OWNER_ROLE, server.credentials().owner(), "safeledger-owner", 5);
    }

    @Bean
    FlywayConfigurationCustomizer applicationRoleGrants() {
        return configuration -> {
            var placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("appRole", DatabaseCredentials.APP_ROLE);
            configuration.placeholders(placeholders);
        };
    }

    private static DataSource pool(EmbeddedServer server, String user, String password, String name, int size) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.url());
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setPoolName(name);
        dataSource.setMaximumPoolSize(size);
        dataSource.setMinimumIdle(Math.min(size, 2));
        return dataSource;
    }
}
