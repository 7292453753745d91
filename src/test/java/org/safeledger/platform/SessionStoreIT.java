package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page session lives in the database, not in the instance (so another instance behind the load balancer serves
 * it): signing in writes the session and its security context there; signing out removes it. The two-instance
 * proof (one killed under load) is bench/failover.sh.
 */
@IntegrationTest
class SessionStoreIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long sessionsOf(String user) {
        return jdbc.sql("SELECT count(*) FROM spring_session s JOIN spring_session_attributes a"
                        + " ON a.session_primary_id = s.primary_id"
                        + " WHERE s.principal_name = ? AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'")
                .param(user)
                .query(Long.class)
                .single();
    }

    @Test
    void aSignedInPageSessionIsKeptInTheDatabaseUntilSignOut() {
        long before = sessionsOf("chem1");
        var pages = new PageClient(port).signIn("chem1", "demo2026");
        assertThat(sessionsOf("chem1")).isEqualTo(before + 1);
        assertThat(pages.get("/hazards").statusCode()).isEqualTo(200);
        var out = pages.submit("/", "/logout", "");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(sessionsOf("chem1")).isEqualTo(before);
    }
}
