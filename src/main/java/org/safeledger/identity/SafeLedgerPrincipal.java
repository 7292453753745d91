package org.safeledger.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.safeledger.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a signed-in user: authorities are the roles ({@code ROLE_X}) and the
 * permission strings they grant; {@link #actor()} is what the feature modules see.
 */
class SafeLedgerPrincipal implements UserDetails {

    private final UserAccount account;

    SafeLedgerPrincipal(UserAccount account) {
        this.account = account;
    }

    Actor actor() {
        return account.actor();
    }

    UserAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (var role : account.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.code())));
        }
        return authorities.stream().distinct().toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /**
     * Always: a sign-in lock guards new password sign-ins from unknown clients only (PasswordAuthentication), never
     * the sessions and tokens its owner already holds.
     */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
