package org.safeledger.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types accepted, recognised by their first bytes (never by the name or the type the client claims):
 * a renamed executable is not a photo.
 */
enum ContentType {
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    WEBP("image/webp", new int[] {'R', 'I', 'F', 'F'}),
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final int[] magic;

    ContentType(String mediaType, int[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ContentType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        // RIFF is a container: only WEBP inside it is an image we take.
        return this != WEBP
                || (head.length >= 12
                        && new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP"));
    }
}
