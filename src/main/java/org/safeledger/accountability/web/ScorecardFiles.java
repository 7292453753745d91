package org.safeledger.accountability.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safeledger.accountability.Scorecard;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.platform.web.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The scorecard as a PDF (the template {@code accountability/scorecard-pdf.html} laid out by openhtmltopdf with the
 * shipped CJK font, embedded) and as an .xlsx sheet (one row per fact deducted), both in the reader's language and
 * with the same lines as the page.
 */
@Component
class ScorecardFiles {

    private final ITemplateEngine templates;
    private final FactLines lines;
    private final MessageSource messages;
    private final SafeLedgerProperties properties;

    ScorecardFiles(
            ITemplateEngine templates, FactLines lines, MessageSource messages, SafeLedgerProperties properties) {
        this.templates = templates;
        this.lines = lines;
        this.messages = messages;
        this.properties = properties;
    }

    /** A deduction with its facts as lines. */
    record DeductionLines(Scorecard.Deduction deduction, List<FactLines.Line> facts) {}

    List<DeductionLines> deductions(Scorecard card, Locale locale) {
        var all = new ArrayList<DeductionLines>();
        for (var d : card.deductions()) {
            all.add(new DeductionLines(
                    d, d.facts().stream().map(f -> lines.fact(f, locale)).toList()));
        }
        return all;
    }

    List<FactLines.Line> veto(Scorecard card, Locale locale) {
        return card.veto().stream().map(f -> lines.fact(f, locale)).toList();
    }

    ResponseEntity<byte[]> pdf(Scorecard card, Locale locale) {
        var variables = new HashMap<String, Object>();
        variables.put("card", card);
        variables.put("deductions", deductions(card, locale));
        variables.put("veto", veto(card, locale));
        var html = templates.process(
                new TemplateSpec("accountability/scorecard-pdf", Set.of(), TemplateMode.XML, null),
                new Context(locale, variables));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(card, "pdf"))
                .body(org.safeledger.platform.web.HtmlPdf.render(html));
    }

    /** The sheet in memory (a scorecard is a page of lines), so that one endpoint answers JSON, PDF or sheet. */
    ResponseEntity<byte[]> xlsx(Scorecard card, Locale locale) {
        var streamed = sheet(card, locale);
        try (var out = new ByteArrayOutputStream()) {
            java.util.Objects.requireNonNull(streamed.getBody()).writeTo(out);
            return ResponseEntity.ok().headers(streamed.getHeaders()).body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> sheet(
            Scorecard card, Locale locale) {
        var headers = List.of(
                text("scorecard.col.indicator", locale),
                text("scorecard.col.points", locale),
                text("scorecard.col.fact", locale));
        return Spreadsheet.download(
                "scorecard-" + card.year() + "-" + card.regionCode() + ".xlsx",
                String.valueOf(card.year()),
                headers,
                properties.zone(),
                sheet -> {
                    sheet.text(0, card.subject() + " " + card.year())
                            .number(1, card.score())
                            .text(
                                    2,
                                    text(card.grade().messageKey(), locale)
                                            + (card.vetoed() ? " · " + text("scorecard.vetoed", locale) : ""));
                    sheet.next();
                    for (var v : veto(card, locale)) {
                        sheet.text(0, text("scorecard.veto", locale)).text(2, v.text());
                        sheet.next();
                    }
                    for (var d : deductions(card, locale)) {
                        sheet.text(0, text("indicator." + d.deduction().indicator(), locale))
                                .number(1, -d.deduction().points());
                        sheet.next();
                        for (var f : d.facts()) {
                            sheet.text(2, f.text());
                            sheet.next();
                        }
                    }
                });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String attachment(Scorecard card, String extension) {
        return ContentDisposition.attachment()
                .filename("scorecard-" + card.year() + "-" + card.regionCode() + "." + extension)
                .build()
                .toString();
    }
}
