package org.safeledger.identity;

import java.util.List;
import java.util.Locale;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production database starts with no accounts. When {@code SAFELEDGER_ADMIN_PASSWORD} is set and no account
 * exists yet, this creates the first administrator ({@code SAFELEDGER_ADMIN_USERNAME}, default {@code admin}),
 * who then creates everyone else from the pages. The password is only ever stored hashed; change it after the
 * first sign-in and remove the variable. A password that {@link PasswordPolicy} refuses stops the start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Actor BOOTSTRAP = Actor.system("bootstrap");

    private final UserAdministration users;
    private final UserAccounts accounts;
    private final String username;
    private final String password;
    private final MessageSource messages;

    FirstAdministrator(
            UserAdministration users,
            UserAccounts accounts,
            MessageSource messages,
            @Value("${safeledger.admin.username:admin}") String username,
            @Value("${safeledger.admin.password:}") String password) {
        this.users = users;
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No user accounts exist. Set SAFELEDGER_ADMIN_PASSWORD (and optionally SAFELEDGER_ADMIN_USERNAME)"
                    + " to create the first administrator, or SAFELEDGER_DEMO=true for the demonstration.");
            return;
        }
        try {
            users.create(
                    BOOTSTRAP,
                    new UserDraft(username, username, password, List.of(Role.ADMINISTRATOR), null, null, null, null));
        } catch (InvalidInputException e) {
            // fail the start: an administrator with a guessable password is worse than none
            throw new IllegalStateException(
                    "SAFELEDGER_ADMIN_PASSWORD is refused for '" + username + "' (" + e.field() + "): "
                            + messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH),
                    e);
        }
        log.info("Created the first administrator '{}'", username);
    }
}
