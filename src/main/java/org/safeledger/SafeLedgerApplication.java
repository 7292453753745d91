package org.safeledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SafeLedger: a region's work-safety supervision platform, one modular application on PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeLedgerApplication.class, args);
    }
}
