package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** Statistics read from a replica only when one is configured, on read-only connections of its own pool. */
class ReadReplicaTests {

    private final JdbcClient primary = JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://primary/x"));

    @Test
    void withoutAReplicaTheStatisticsReadThePrimary() {
        var replica = new ReadReplica(primary, new MockEnvironment());
        assertThat(replica.jdbc()).isSameAs(primary);
        assertThat(replica.pool()).isNull();
        replica.destroy();
    }

    @Test
    void aConfiguredReplicaIsReadOnlyInAPoolOfItsOwn() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.replica.url", "jdbc:postgresql://replica:5432/safeledger")
                .withProperty("spring.datasource.replica.username", "reader")
                .withProperty("spring.datasource.replica.maximum-pool-size", "3");
        var replica = new ReadReplica(primary, environment);
        assertThat(replica.jdbc()).isNotSameAs(primary);
        assertThat(replica.pool()).isNotNull();
        assertThat(replica.pool().getJdbcUrl()).isEqualTo("jdbc:postgresql://replica:5432/safeledger");
        assertThat(replica.pool().isReadOnly()).isTrue();
        assertThat(replica.pool().getMaximumPoolSize()).isEqualTo(3);
        assertThat(replica.pool().getUsername()).isEqualTo("reader");
        replica.destroy();
        assertThat(replica.pool().isClosed()).isTrue();
    }
}
