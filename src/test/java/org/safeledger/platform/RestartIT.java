package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeledger.SafeLedgerApplication;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * The application as an operator runs it: a data directory that outlives the process. Data written before a
 * stop is there after the next start; a PostgreSQL orphaned by a killed JVM does not prevent the next start.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // Command-line arguments, because they outrank application.properties (default properties do not).
        return new SpringApplicationBuilder(SafeLedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--safeledger.data-dir=" + dataDir,
                        "--safeledger.demo=true",
                        "--logging.file.name=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() {
        var code = CreditCodes.fresh("152921");
        long id;
        try (var first = start()) {
            var created = Api.at(port(first)).as("admin").post("/api/v1/enterprises", """
                    {"name":"重启测试（测试）","creditCode":"%s","regionCode":"152921","sector":"TOWN_GAS","address":"x"}""".formatted(code));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            id = created.json().get("id").asLong();
            if (!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL"))) {
                // the embedded server of a persistent data directory must not trade durability for speed
                var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(
                        first.getBean(javax.sql.DataSource.class));
                for (var setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                    assertThat(jdbc.sql("SHOW " + setting).query(String.class).single())
                            .as(setting)
                            .isEqualTo("on");
                }
            }
        }

        try (var second = start()) {
            var read = Api.at(port(second)).as("admin").get("/api/v1/enterprises/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("creditCode").asString()).isEqualTo(code);
        }
    }

    @Test
    void startsOverAPostgresOrphanedByAKilledJvm() throws Exception {
        assumeTrue(
                !StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")),
                "only the embedded database can be orphaned");
        var postgresDir = dataDir.resolve("postgres");
        Files.createDirectories(postgresDir);
        // Another JVM starts PostgreSQL on the data directory and is killed with SIGKILL, leaving the server.
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jvm = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanMaker.class.getName(),
                        postgresDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(OrphanMaker.READY)) {
                // skip PostgreSQL's start-up output
            }
        }
        jvm.destroyForcibly().waitFor();
        long orphanPid = Long.parseLong(
                Files.readAllLines(postgresDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (var context = start()) {
            assertThat(Api.at(port(context)).get("/actuator/health").body()).contains("UP");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsSecuredOnItsFirstStartAndKeepsItsData() throws Exception {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "the embedded server only");
        var postgresDir = dataDir.resolve("postgres");
        // the earlier version: zonky's cluster trusting every local connection, migrated as the superuser
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(postgresDir)
                .setCleanDataDirectory(false)
                .start()) {
            var regions = Class.forName("org.safeledger.org.internal.RegionDataMigration")
                    .getDeclaredConstructor();
            regions.setAccessible(true);
            org.flywaydb.core.Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .javaMigrations((org.flywaydb.core.api.migration.JavaMigration) regions.newInstance())
                    .target("202612020101")
                    .load()
                    .migrate();
            org.springframework.jdbc.core.simple.JdbcClient.create(old.getPostgresDatabase())
                    .sql("INSERT INTO audit_entry (at, actor, action, target, detail)"
                            + " VALUES (now(), 'old', 'legacy.write', 'x:1', '{}')")
                    .update();
        }

        try (var context = start()) {
            var api = Api.at(port(context));
            assertThat(api.get("/actuator/health").body()).contains("UP");
            var jdbc =
                    org.springframework.jdbc.core.simple.JdbcClient.create(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'legacy.write'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'hazard'")
                            .query(String.class)
                            .single())
                    .isEqualTo("safeledger_owner");
            var verification = api.as("admin").get("/api/v1/audit/verify").json();
            assertThat(verification.get("valid").asBoolean())
                    .as(verification.toString())
                    .isTrue();
            String url;
            try (var connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
                url = connection.getMetaData().getURL();
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> java.sql.DriverManager.getConnection(url, "postgres", "")))
                    .hasMessageContaining("password");
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres.credentials")))
                    .containsExactlyInAnyOrder(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
    }
}
