package org.safeledger.support;

import java.util.Base64;

/** Tiny real image files for upload tests. */
public final class Images {

    /** A 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Images() {}

    public static byte[] png() {
        return PNG.clone();
    }
}
