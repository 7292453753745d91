package org.safeledger.enforcement.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.EnforcementDocument;
import org.safeledger.enforcement.EnforcementDocuments;
import org.safeledger.enforcement.IssueRequest;
import org.safeledger.shared.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/enforcement-documents}: issue (api.md: {@code {type, enterpriseId, hazardIds?, ...}} → 201
 * {@code {id, type, number, issuedAt, ...}}), read, the PDF, the recipient's acknowledgement, a fine's payment;
 * administrators set an authority's number prefix.
 */
@RestController
class EnforcementApi {

    private final EnforcementDocuments documents;

    EnforcementApi(EnforcementDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/api/v1/enforcement-documents")
    ResponseEntity<EnforcementDocument> issue(Actor actor, @RequestBody IssueRequest request) {
        var issued = documents.issue(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/enforcement-documents/" + issued.id()))
                .body(issued);
    }

    @GetMapping("/api/v1/enforcement-documents")
    List<EnforcementDocument> list(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId) {
        return documents.list(actor, enterpriseId);
    }

    @GetMapping("/api/v1/enforcement-documents/{id}")
    EnforcementDocument get(Actor actor, @PathVariable long id) {
        return documents.get(actor, id);
    }

    @GetMapping("/api/v1/enforcement-documents/{id}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return pdfResponse(documents.get(actor, id), documents.pdf(actor, id));
    }

    static ResponseEntity<byte[]> pdfResponse(EnforcementDocument document, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(document.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    record Acknowledgement(
            @Nullable Long signatureAttachmentId,
            @Nullable Boolean refused,
            @Nullable String note,
            @Nullable String name) {}

    /**
     * The signature image (uploaded first) or {@code {refused: true, note}}, and the name of the person who signed
     * or refused.
     */
    @PostMapping("/api/v1/enforcement-documents/{id}/acknowledgement")
    EnforcementDocument acknowledge(Actor actor, @PathVariable long id, @RequestBody Acknowledgement body) {
        return documents.acknowledge(
                actor, id, body.signatureAttachmentId(), Boolean.TRUE.equals(body.refused()), body.note(), body.name());
    }

    record Payment(@Nullable String paidOn) {}

    @PostMapping("/api/v1/enforcement-documents/{id}/payment")
    EnforcementDocument pay(Actor actor, @PathVariable long id, @RequestBody Payment body) {
        return documents.pay(actor, id, body.paidOn());
    }

    record Prefix(@Nullable String prefix) {}

    /** The prefix of an authority's document numbers, e.g. 阿左应急 (administrators). */
    @PutMapping("/api/v1/enforcement-authorities/{departmentId}")
    ResponseEntity<Void> prefix(Actor actor, @PathVariable long departmentId, @RequestBody Prefix body) {
        documents.setPrefix(actor, departmentId, body.prefix() == null ? "" : body.prefix());
        return ResponseEntity.noContent().build();
    }
}
