package org.safeledger.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import org.safeledger.platform.SafeLedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a PostgreSQL 17 server started inside the application, its data under
 * {@code SAFELEDGER_DATA_DIR/postgres} so it survives restarts. zonky starts servers tuned for throw-away tests
 * (fsync and synchronous_commit off); a persistent store must not lose committed data on a crash, so both are
 * switched back on. A server orphaned by a killed JVM is stopped first, or the new one could not start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(SafeLedgerProperties properties) throws IOException {
        var settings = properties.embeddedDb();
        var builder = EmbeddedPostgres.builder()
                .setPort(settings.port())
                .setLocaleConfig("encoding", "UTF8")
                // crash recovery after a killed JVM, with fsync on, can take longer than zonky's 10 s default
                .setPGStartupWait(Duration.ofMinutes(3));
        if (settings.ephemeral()) {
            builder.setDataDirectory(Files.createTempDirectory("safeledger-pg")).setCleanDataDirectory(true);
        } else {
            var directory = properties.dataDir().resolve("postgres").toAbsolutePath();
            Files.createDirectories(directory);
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
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setPoolName("safeledger-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
