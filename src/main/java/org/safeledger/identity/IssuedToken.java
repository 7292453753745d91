package org.safeledger.identity;

import java.time.Instant;

/** A token just issued: the only time {@code token} is ever shown. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {}
