package org.safeledger.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a principal by username, with its lock state judged at the application clock's now. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    AccountDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public SafeLedgerPrincipal loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    SafeLedgerPrincipal principal(UserAccount account) {
        return new SafeLedgerPrincipal(account, account.lockedAt(clock.instant()));
    }
}
