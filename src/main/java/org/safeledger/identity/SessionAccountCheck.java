package org.safeledger.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session holds the account as it was at sign-in. On every page request this compares it with the
 * stored account (one primary-key read): a disabled or deleted account, or a changed password, ends the
 * session at once (a sign-in lock does not: it guards new sign-ins only); any other change (name, scope) refreshes the session's copy.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final AccountDetailsService details;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionAccountCheck(UserAccounts accounts, AccountDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SafeLedgerPrincipal signedIn) {
            var held = signedIn.account();
            var current = accounts.find(held.id()).orElse(null);
            if (current == null || !current.enabled() || !current.passwordHash().equals(held.passwordHash())) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (current.version() != held.version()) {
                var refreshed = details.principal(current);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
