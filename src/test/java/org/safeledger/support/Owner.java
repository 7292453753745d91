package org.safeledger.support;

import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A connection as the schema's owner (the role Flyway migrates as), for tests that do what only someone with
 * database rights could: switch off a trigger, rewrite the audit log. The application's own role cannot.
 */
public final class Owner {

    private Owner() {}

    public static JdbcClient jdbc(ApplicationContext context) {
        return JdbcClient.create(dataSource(context));
    }

    public static DataSource dataSource(ApplicationContext context) {
        var qualified = context.getBeansWithAnnotation(FlywayDataSource.class);
        for (var name : context.getBeanNamesForType(DataSource.class)) {
            if (qualified.containsKey(name) || context.findAnnotationOnBean(name, FlywayDataSource.class) != null) {
                return context.getBean(name, DataSource.class);
            }
        }
        Environment environment = context.getEnvironment();
        var user = environment.getProperty("spring.flyway.user");
        if (user != null && !user.isBlank()) {
            var url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
            return new DriverManagerDataSource(url, user, environment.getProperty("spring.flyway.password", ""));
        }
        return context.getBean(DataSource.class);
    }
}
