package org.safeledger.enforcement;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
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

    static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    static final String FONT_FAMILY = "Droid Sans Fallback";

    private final ITemplateEngine templates;
    private final SafeLedgerProperties properties;

    DocumentPdf(ITemplateEngine templates, SafeLedgerProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    byte[] render(EnforcementDocument document, @Nullable EnforcementDocument reviewed) {
        var variables = new HashMap<String, Object>();
        variables.put("d", document);
        variables.put("reviewed", reviewed);
        variables.put("issuedOn", document.issuedAt().atZone(properties.zone()).toLocalDate());
        variables.put("lines", List.of(document.body().split("\\R")));
        var html = templates.process(
                new TemplateSpec("enforcement/pdf", Set.of(), TemplateMode.XML, null),
                new Context(Locale.SIMPLIFIED_CHINESE, variables));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> DocumentPdf.class.getResourceAsStream(FONT), FONT_FAMILY);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
