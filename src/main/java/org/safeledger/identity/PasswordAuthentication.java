package org.safeledger.identity;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password, for form login and HTTP Basic alike. The slow hash runs once per login: a pair
 * verified recently is recognised by {@link CredentialCache}. Repeated failures lock the account for a while
 * (a locked account is refused before any hash is computed).
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AccountDetailsService details;
    private final UserAccounts accounts;
    private final CredentialCache cache;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final AccountStatusUserDetailsChecker statusChecker = new AccountStatusUserDetailsChecker();

    PasswordAuthentication(
            AccountDetailsService details,
            PasswordEncoder encoder,
            UserAccounts accounts,
            CredentialCache cache,
            Clock clock,
            @Value("${safeledger.security.max-failed-logins:5}") int maxFailures,
            @Value("${safeledger.security.lock-duration:PT15M}") Duration lockDuration) {
        this.delegate = new DaoAuthenticationProvider(details);
        this.delegate.setPasswordEncoder(encoder);
        this.details = details;
        this.accounts = accounts;
        this.cache = cache;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = authentication.getName();
        var password = String.valueOf(authentication.getCredentials());
        var cached = fromCache(username, password);
        if (cached != null) {
            return cached;
        }
        try {
            var result = delegate.authenticate(authentication);
            var principal = (SafeLedgerPrincipal) result.getPrincipal();
            if (principal.account().failedLogins() > 0) {
                accounts.clearFailures(username);
            }
            cache.remember(username, password, principal.account().passwordHash());
            return authenticated(principal);
        } catch (BadCredentialsException e) {
            recordFailure(username);
            throw e;
        }
    }

    private @Nullable UsernamePasswordAuthenticationToken fromCache(String username, String password) {
        var account = accounts.findByUsername(username).orElse(null);
        if (account == null || !cache.isVerified(username, password, account.passwordHash())) {
            return null;
        }
        var principal = details.principal(account);
        statusChecker.check(principal);
        return authenticated(principal);
    }

    private void recordFailure(String username) {
        if (accounts.recordFailure(username) >= maxFailures) {
            accounts.lock(username, clock.instant().plus(lockDuration));
            cache.forget(username);
        }
    }

    private static UsernamePasswordAuthenticationToken authenticated(SafeLedgerPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
