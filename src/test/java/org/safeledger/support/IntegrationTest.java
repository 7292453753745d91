package org.safeledger.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against real PostgreSQL: the embedded server by default, or the one
 * {@code SPRING_DATASOURCE_URL} names (CI runs the suite against Debian's PostgreSQL 15 that way too). All
 * classes share one context, hence one database with the demo data; tests create what they change with
 * unique keys, so they can run in any order and against a database that earlier runs have used.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
