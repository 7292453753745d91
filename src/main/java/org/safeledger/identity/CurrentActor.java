package org.safeledger.identity;

import java.util.Optional;
import org.safeledger.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for code that is not a controller method. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SafeLedgerPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
