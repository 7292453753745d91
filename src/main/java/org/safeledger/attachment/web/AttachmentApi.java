package org.safeledger.attachment.web;

import java.io.IOException;
import java.net.URI;
import org.safeledger.attachment.Attachment;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/attachments} (multipart {@code file}): images and PDF → 201 {@code {id, sha256, ...}}. */
@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentApi {

    private final AttachmentStore store;

    AttachmentApi(AttachmentStore store) {
        this.store = store;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> upload(Actor actor, @RequestParam("file") MultipartFile file) throws IOException {
        try (var content = file.getInputStream()) {
            var stored = store.store(actor, content, file.getOriginalFilename());
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id()))
                    .body(stored);
        }
    }
}
