package org.safeledger.attachment;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** A file as a page received it, not yet stored: its content (opened when stored) and its original name. */
public record Upload(Source content, @Nullable String name) {

    /** Opens the content. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
