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
    private final org.safeledger.enforcement.DocumentFollowUp followUp;

    private final org.springframework.context.MessageSource messages;
    private final org.safeledger.platform.SafeLedgerProperties properties;

    EnforcementApi(
            EnforcementDocuments documents,
            org.safeledger.enforcement.DocumentFollowUp followUp,
            org.springframework.context.MessageSource messages,
            org.safeledger.platform.SafeLedgerProperties properties) {
        this.documents = documents;
        this.followUp = followUp;
        this.messages = messages;
        this.properties = properties;
    }

    @PostMapping("/api/v1/enforcement-documents")
    ResponseEntity<EnforcementDocument> issue(Actor actor, @RequestBody IssueRequest request) {
        var issued = documents.issue(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/enforcement-documents/" + issued.id()))
                .body(issued);
    }

    @GetMapping("/api/v1/enforcement-documents")
    List<EnforcementDocument> list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String ack,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return documents.list(
                actor,
                org.safeledger.enforcement.DocumentFilter.of(actor, enterpriseId, q, type, ack, regionCode, from, to));
    }

    /** The documents under the same filters as .xlsx (the latest 200), issue times in the configured zone. */
    @GetMapping({"/api/v1/enforcement-documents/export.xlsx", "/enforcement/export.xlsx"})
    ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String ack,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        var list = documents.list(
                actor,
                org.safeledger.enforcement.DocumentFilter.of(actor, enterpriseId, q, type, ack, regionCode, from, to));
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var headers = java.util.stream.Stream.of(
                        "enforcement.number",
                        "enforcement.type",
                        "hazard.enterprise",
                        "enforcement.authority",
                        "enforcement.issuedAt",
                        "enforcement.deadline",
                        "enforcement.ack")
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
        return org.safeledger.platform.web.Spreadsheet.download(
                "enforcement-documents.xlsx",
                messages.getMessage("enforcement.title", null, locale),
                headers,
                properties.zone(),
                sheet -> {
                    for (var d : list) {
                        sheet.text(0, d.number())
                                .text(1, messages.getMessage(d.type().messageKey(), null, locale))
                                .text(2, d.enterpriseName())
                                .text(3, d.departmentName())
                                .time(4, d.issuedAt())
                                .date(5, d.deadline())
                                .text(6, messages.getMessage("enforcement.ack." + d.acknowledgement(), null, locale))
                                .next();
                    }
                });
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
        return followUp.acknowledge(
                actor, id, body.signatureAttachmentId(), Boolean.TRUE.equals(body.refused()), body.note(), body.name());
    }

    record Payment(@Nullable String paidOn) {}

    @PostMapping("/api/v1/enforcement-documents/{id}/payment")
    EnforcementDocument pay(Actor actor, @PathVariable long id, @RequestBody Payment body) {
        return followUp.pay(actor, id, body.paidOn());
    }

    record Prefix(@Nullable String prefix) {}

    /** The prefix of an authority's document numbers, e.g. 阿左应急 (administrators). */
    @PutMapping("/api/v1/enforcement-authorities/{departmentId}")
    ResponseEntity<Void> prefix(Actor actor, @PathVariable long departmentId, @RequestBody Prefix body) {
        documents.setPrefix(actor, departmentId, body.prefix() == null ? "" : body.prefix());
        return ResponseEntity.noContent().build();
    }
}
