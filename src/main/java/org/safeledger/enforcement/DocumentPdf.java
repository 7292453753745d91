package org.safeledger.enforcement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a document to PDF: the Thymeleaf template {@code enforcement/pdf.html} (well-formed XHTML, processed in
 * XML mode, its words from the zh-CN bundle: enforcement documents are Chinese legal documents whatever the reader's
 * language) laid out by openhtmltopdf with the CJK font shipped in {@code fonts/}, embedded as a subset.
 */
@Component
class DocumentPdf {

    private final ITemplateEngine templates;
    private final SafeLedgerProperties properties;
    private final RemedyProperties remedy;
    private final org.safeledger.attachment.AttachmentStore attachments;

    DocumentPdf(
            ITemplateEngine templates,
            SafeLedgerProperties properties,
            RemedyProperties remedy,
            org.safeledger.attachment.AttachmentStore attachments) {
        this.templates = templates;
        this.properties = properties;
        this.remedy = remedy;
        this.attachments = attachments;
    }

    /** Two officer lines always: a document names two officers; a missing one is a blank line to sign by hand. */
    private static List<Officer> officerLines(List<Officer> officers) {
        var lines = new java.util.ArrayList<>(officers);
        while (lines.size() < 2) {
            lines.add(new Officer(0, "", null));
        }
        return lines;
    }

    /** The recipient's signature as a data URI of its thumbnail (a small JPEG), or null. */
    private @Nullable String signature(@Nullable Long attachmentId) {
        if (attachmentId == null) {
            return null;
        }
        var attachment = attachments.get(attachmentId);
        if (!attachment.thumbnail()) {
            return null;
        }
        try (var in = attachments.openThumbnail(attachment)) {
            return "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(EnforcementDocument document, @Nullable EnforcementDocument reviewed) {
        var variables = new HashMap<String, Object>();
        variables.put("d", document);
        variables.put("reviewed", reviewed);
        var minutes =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
        variables.put("issuedOn", document.issuedAt().atZone(properties.zone()).toLocalDate());
        variables.put("issuedAt", minutes.format(document.issuedAt()));
        variables.put(
                "acknowledgedAt", document.acknowledgedAt() == null ? "" : minutes.format(document.acknowledgedAt()));
        variables.put("officers", officerLines(document.officers()));
        variables.put("remedy", remedy);
        variables.put("signature", signature(document.signatureAttachmentId()));
        variables.put("lines", List.of(document.body().split("\\R")));
        var html = templates.process(
                new TemplateSpec("enforcement/pdf", Set.of(), TemplateMode.XML, null),
                new Context(Locale.SIMPLIFIED_CHINESE, variables));
        // a data: URI image (the signature) is the only resource the document loads
        return org.safeledger.platform.web.HtmlPdf.render(html);
    }
}
