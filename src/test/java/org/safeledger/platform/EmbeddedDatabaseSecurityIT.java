package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeledger.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * The embedded server as a production one: no connection without a password, checksums on, and the application
 * connected as a role that is no superuser and cannot run programs or touch the audit log's past.
 */
@IntegrationTest
class EmbeddedDatabaseSecurityIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    String url;

    @BeforeEach
    void embeddedOnly() throws Exception {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "the embedded server only");
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        assertThat(catchThrowable(() -> DriverManager.getConnection(url, "postgres", "")))
                .hasMessageContaining("password");
        assertThat(catchThrowable(() -> DriverManager.getConnection(url, "postgres", "postgres")))
                .hasMessageContaining("password authentication failed");
        assertThat(catchThrowable(() -> DriverManager.getConnection(url, "safeledger_app", "guess")))
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void psqlWithoutThePasswordIsRefused() throws Exception {
        var psql = Path.of("/usr/bin/psql");
        assumeTrue(Files.isExecutable(psql), "psql is installed by .ci/run (Debian's postgresql)");
        int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
        var process = new ProcessBuilder(
                        psql.toString(),
                        "-h",
                        "localhost",
                        "-p",
                        Integer.toString(port),
                        "-U",
                        "postgres",
                        "-w",
                        "-c",
                        "SELECT 1")
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("password");
    }

    @Test
    void theApplicationsRoleIsNoSuperuserAndCannotRunPrograms() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("safeledger_app");
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(catchThrowable(
                        () -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'id'").update()))
                .hasStackTraceContaining("permission denied");
        assertThat(catchThrowable(
                        () -> jdbc.sql("CREATE TABLE intruder (x int)").update()))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void dataChecksumsAreOnAndTheSocketIsPrivate() {
        assertThat(jdbc.sql("SHOW data_checksums").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW unix_socket_permissions").query(String.class).single())
                .isEqualTo("0700");
        assertThat(jdbc.sql("SHOW password_encryption").query(String.class).single())
                .isEqualTo("scram-sha-256");
    }
}
