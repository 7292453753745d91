package org.safeledger.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where statistics and reports read: a read replica when {@code spring.datasource.replica.url} is set (with
 * {@code .username}, {@code .password}, {@code .maximum-pool-size}; read-only connections of their own pool), the
 * primary database otherwise. Not a {@code DataSource} bean, so that the primary's auto-configuration is untouched.
 * A replica's figures are as of its last replayed transaction (streaming replication lags by a moment).
 */
@Component
public class ReadReplica implements DisposableBean {

    private final JdbcClient reads;
    private final @Nullable HikariDataSource pool;

    ReadReplica(JdbcClient primary, Environment environment) {
        var url = environment.getProperty("spring.datasource.replica.url");
        if (url == null || url.isBlank()) {
            this.pool = null;
            this.reads = primary;
            return;
        }
        var replica = new HikariDataSource();
        replica.setJdbcUrl(url.strip());
        replica.setUsername(environment.getProperty("spring.datasource.replica.username"));
        replica.setPassword(environment.getProperty("spring.datasource.replica.password"));
        replica.setMaximumPoolSize(
                environment.getProperty("spring.datasource.replica.maximum-pool-size", Integer.class, 5));
        replica.setMinimumIdle(1);
        replica.setReadOnly(true);
        replica.setPoolName("safeledger-replica");
        this.pool = replica;
        this.reads = JdbcClient.create(replica);
    }

    /** The client statistics and reports query with. */
    public JdbcClient jdbc() {
        return reads;
    }

    /** The replica's own pool; null when the primary serves the reads. */
    @Nullable
    HikariDataSource pool() {
        return pool;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.close();
        }
    }
}
