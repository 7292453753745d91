package org.safeledger.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outgoing webhook: where notifications of a region subtree (all, when no region) are posted. */
public record Webhook(
        long id, String name, String url, @Nullable String regionCode, boolean enabled, Instant createdAt) {}
