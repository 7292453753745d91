package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeledger.SafeLedgerApplication;
import org.safeledger.identity.UserAdministration;
import org.safeledger.identity.UserDraft;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.Role;
import org.safeledger.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.StringUtils;

/** A production first start: no demo, an empty database, and the first administrator from the environment. */
class FirstStartIT {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyProductionDatabaseGetsOnlyTheConfiguredFirstAdministrator() {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "needs an empty database");
        try (var context = new SpringApplicationBuilder(SafeLedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--safeledger.data-dir=" + dataDir,
                        "--safeledger.demo=false",
                        "--safeledger.admin.username=chief",
                        "--safeledger.admin.password=first-start-2026",
                        "--logging.file.name=")) {
            var api = Api.at(
                    ((WebServerApplicationContext) context).getWebServer().getPort());

            var me = api.as("chief", "first-start-2026").get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("roles").get(0).asString()).isEqualTo("ADMINISTRATOR");
            assertThat(api.as("admin").get("/api/v1/me").status()).isEqualTo(401);
            assertThat(api.as("chief", "first-start-2026")
                            .get("/api/v1/users")
                            .json()
                            .size())
                    .isEqualTo(1);
            var demoAccount = new UserDraft(
                    "demo-like", "x", "demo2026", List.of(Role.REGION_LEADER), "152921", null, null, null);
            assertThatThrownBy(() -> context.getBean(UserAdministration.class)
                            .createDemoAccount(
                                    new Actor(0, "t", "t", Set.of(Role.ADMINISTRATOR), DataScope.everything(), null),
                                    demoAccount))
                    .as("only demo mode creates accounts past the password policy")
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFirstAdministratorPasswordThePolicyRefusesStopsTheStart() {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "needs an empty database");
        assertThatThrownBy(() -> new SpringApplicationBuilder(SafeLedgerApplication.class)
                        .run(
                                "--server.port=0",
                                "--safeledger.data-dir=" + dataDir,
                                "--safeledger.demo=false",
                                "--safeledger.admin.username=chief",
                                "--safeledger.admin.password=chief-2026-x",
                                "--logging.file.name=")
                        .close())
                .hasRootCauseInstanceOf(org.safeledger.shared.InvalidInputException.class)
                .hasStackTraceContaining("SAFELEDGER_ADMIN_PASSWORD is refused");
    }
}
