package org.safeledger.identity;

import org.springframework.stereotype.Service;

/** Read-only questions about accounts that other modules may ask without administrator rights. */
@Service
public class AccountLookup {

    private final UserAccounts accounts;

    AccountLookup(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }
}
