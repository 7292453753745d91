package org.safeledger.demo;

import org.safeledger.identity.AccountLookup;
import org.safeledger.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demonstration once, on the first start in demo mode (an existing {@code admin} means it is there). */
@Component
@Order(0) // before identity's FirstAdministrator, which steps aside once accounts exist
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoMode demoMode;
    private final AccountLookup accounts;
    private final DemoData data;

    DemoLoader(DemoMode demoMode, AccountLookup accounts, DemoData data) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.data = data;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || accounts.exists("admin")) {
            return;
        }
        data.load();
        log.info(
                "Demo data loaded: users {} with password {}",
                DemoData.USERS.stream().map(DemoUser::username).toList(),
                DemoData.PASSWORD);
    }
}
