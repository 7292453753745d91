package org.safeledger.attachment;

import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A stored file as an HTTP answer, for the pages of the records that hold it (the caller has checked that the
 * reader may see that record): images inline, other files as downloads, the thumbnail when asked and present;
 * never sniffed, cached privately.
 */
@Component
public class AttachmentDownload {

    private final AttachmentStore store;

    AttachmentDownload(AttachmentStore store) {
        this.store = store;
    }

    public ResponseEntity<InputStreamResource> of(long fileId, boolean thumb) {
        var attachment = store.get(fileId);
        var cache = CacheControl.maxAge(Duration.ofDays(7)).cachePrivate();
        if (thumb && attachment.thumbnail()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_JPEG)
                    .cacheControl(cache)
                    .header("X-Content-Type-Options", "nosniff")
                    .body(new InputStreamResource(store.openThumbnail(attachment)));
        }
        var disposition = attachment.contentType().startsWith("image/") ? "inline" : "attachment";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", disposition + "; filename=\"" + fileId + "\"")
                .body(new InputStreamResource(store.open(attachment)));
    }
}
