package org.safeledger.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner: never the token itself, which is shown once at issue. */
public record ApiToken(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {}
