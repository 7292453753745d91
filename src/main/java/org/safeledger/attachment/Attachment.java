package org.safeledger.attachment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored file (api.md: {@code {id, sha256, contentType, size}}). */
public record Attachment(
        long id,
        String sha256,
        String contentType,
        long size,
        @Nullable String originalName,
        long uploadedBy,
        Instant createdAt) {}
