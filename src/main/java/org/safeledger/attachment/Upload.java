package org.safeledger.attachment;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** A file as a page received it, not yet stored: its content (opened when stored) and its original name. */
public record Upload(Source content, @Nullable String name) {

    /** The files a page's form sent, the empty parts (an input left blank) left out. */
    public static java.util.List<Upload> of(
            java.util.@Nullable List<org.springframework.web.multipart.MultipartFile> files) {
        var uploads = new java.util.ArrayList<Upload>();
        for (var file : files == null ? java.util.List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new Upload(file::getInputStream, file.getOriginalFilename()));
            }
        }
        return uploads;
    }

    /** Opens the content. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
