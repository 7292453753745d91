package org.safeledger.attachment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored file (api.md: {@code {id, sha256, contentType, size}}); for images also the dimensions, the perceptual
 * hash ({@code phash}, a 64-bit dHash) and whether a thumbnail exists. {@code uploadedBy} is 0 for a file the
 * public sent through an anonymous form (no account).
 */
public record Attachment(
        long id,
        String sha256,
        String contentType,
        long size,
        @Nullable String originalName,
        long uploadedBy,
        Instant createdAt,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable Long phash,
        boolean thumbnail) {

    /** Whether two images' perceptual hashes are close enough to be the same photograph. */
    public static boolean similar(long phash, long other) {
        return ImageFingerprint.distance(phash, other) <= ImageFingerprint.SIMILAR_BITS;
    }

    /** Bits by which two perceptual hashes differ. */
    public static int distance(long phash, long other) {
        return ImageFingerprint.distance(phash, other);
    }
}
