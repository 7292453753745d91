package org.safeledger.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords from this client (for this username, or for any): 429 with Retry-After. */
class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins from this client");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, at least one. */
    long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
