package org.safeledger.identity;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a principal by username (a sign-in lock is judged by PasswordAuthentication, not here). */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public SafeLedgerPrincipal loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    SafeLedgerPrincipal principal(UserAccount account) {
        return new SafeLedgerPrincipal(account);
    }
}
