package org.safeledger.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Audited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for form login and HTTP Basic alike. The slow hash runs once per login: a pair
 * verified recently is recognised by {@link CredentialCache}. Wrong passwords are throttled where they come from
 * ({@link SignInThrottle}); an account that many clients fail on is locked for a while against clients it has
 * never signed in from, while its owner's known clients (and the sessions and tokens already issued) go on. Every
 * refusal that is not a throttle is the same answer: a wrong password, an unknown username and a locked account
 * cannot be told apart.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AccountDetailsService details;
    private final UserAccounts accounts;
    private final KnownClients knownClients;
    private final SignInThrottle throttle;
    private final CredentialCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int accountLockFailures;
    private final Duration lockDuration;
    private final AccountStatusUserDetailsChecker statusChecker = new AccountStatusUserDetailsChecker();

    @SuppressWarnings("java:S107") // the collaborators of one decision; grouping them would only hide them
    PasswordAuthentication(
            AccountDetailsService details,
            PasswordEncoder encoder,
            UserAccounts accounts,
            KnownClients knownClients,
            SignInThrottle throttle,
            CredentialCache cache,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${safeledger.security.account-lock-failures:50}") int accountLockFailures,
            @Value("${safeledger.security.lock-duration:PT15M}") Duration lockDuration) {
        this.delegate = new DaoAuthenticationProvider(details);
        this.delegate.setPasswordEncoder(encoder);
        this.details = details;
        this.accounts = accounts;
        this.knownClients = knownClients;
        this.throttle = throttle;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
        this.accountLockFailures = accountLockFailures;
        this.lockDuration = lockDuration;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = authentication.getName();
        var password = String.valueOf(authentication.getCredentials());
        var client = clientOf(authentication);
        var wait = throttle.waitBefore(username, client);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        SafeLedgerPrincipal principal;
        try {
            principal = fromCache(username, password);
            if (principal == null) {
                principal = (SafeLedgerPrincipal)
                        delegate.authenticate(authentication).getPrincipal();
                cache.remember(username, password, principal.account().passwordHash());
            }
        } catch (BadCredentialsException e) {
            recordFailure(username, client);
            throw e;
        }
        var account = principal.account();
        var now = clock.instant();
        if (account.lockedAt(now) && !knownClients.isKnown(account.id(), client, now)) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (account.failedLogins() > 0) {
            accounts.clearFailures(username);
        }
        knownClients.remember(account.id(), client, now);
        throttle.recordSuccess(username, client);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private @Nullable SafeLedgerPrincipal fromCache(String username, String password) {
        var account = accounts.findByUsername(username).orElse(null);
        if (account == null || !cache.isVerified(username, password, account.passwordHash())) {
            return null;
        }
        var principal = details.principal(account);
        statusChecker.check(principal);
        return principal;
    }

    private void recordFailure(String username, String client) {
        throttle.recordFailure(username, client);
        if (accounts.recordFailure(username) >= accountLockFailures) {
            accounts.lock(username, clock.instant().plus(lockDuration));
            cache.forget(username);
            events.publishEvent(new Audited(
                    "system",
                    "identity.account.locked",
                    "user:" + username,
                    Map.of(
                            "failures",
                            accountLockFailures,
                            "until",
                            clock.instant().plus(lockDuration).toString())));
        }
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
