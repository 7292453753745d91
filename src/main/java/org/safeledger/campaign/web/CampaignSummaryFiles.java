package org.safeledger.campaign.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeledger.campaign.CampaignProgress;
import org.safeledger.campaign.FindingSource;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.platform.web.HtmlPdf;
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
 * A campaign's summary for a region (its own figures and those of every unit below it, the alerts) as a PDF and as
 * an .xlsx sheet, in the reader's language, with the same figures as the campaign's page.
 */
@Component
class CampaignSummaryFiles {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final SafeLedgerProperties properties;

    CampaignSummaryFiles(ITemplateEngine templates, MessageSource messages, SafeLedgerProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    ResponseEntity<byte[]> file(CampaignProgress.Progress progress, String format, Locale locale) {
        return switch (format) {
            case "pdf" -> pdf(progress, locale);
            case "xlsx" -> xlsx(progress, locale);
            default -> throw new org.safeledger.shared.InvalidInputException("format", "error.campaign.format", format);
        };
    }

    private ResponseEntity<byte[]> pdf(CampaignProgress.Progress progress, Locale locale) {
        var html = templates.process(
                new TemplateSpec("campaign/summary-pdf", Set.of(), TemplateMode.XML, null),
                new Context(
                        locale,
                        Map.of("view", progress.view(), "progress", progress, "sources", FindingSource.values())));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(progress, "pdf"))
                .body(HtmlPdf.render(html));
    }

    private ResponseEntity<byte[]> xlsx(CampaignProgress.Progress progress, Locale locale) {
        var headers = new java.util.ArrayList<>(List.of(
                text("campaigns.col.region", locale),
                text("campaigns.col.plan", locale),
                text("campaigns.col.phase", locale),
                text("campaigns.col.enterprises", locale),
                text("campaigns.col.selfChecked", locale),
                text("campaigns.col.enforced", locale)));
        for (var s : FindingSource.values()) {
            headers.add(text("campaigns.col.found", locale) + " · " + text(s.messageKey(), locale));
            headers.add(text("campaigns.col.rectified", locale) + " · " + text(s.messageKey(), locale));
        }
        headers.add(text("campaigns.col.majorFound", locale));
        headers.add(text("campaigns.col.majorRectified", locale));
        var streamed =
                Spreadsheet.download(filename(progress, "xlsx"), "summary", headers, properties.zone(), sheet -> {
                    for (var u : progress.regions()) {
                        sheet.text(0, u.name())
                                .text(
                                        1,
                                        u.planFiled()
                                                ? text("campaigns.col.planFiled", locale)
                                                        + (u.planLate() ? " · " + text("campaigns.late", locale) : "")
                                                : text("campaigns.col.planOwed", locale))
                                .text(2, u.phase() == null ? "" : text(u.phase().messageKey(), locale))
                                .number(3, u.enterprises())
                                .number(4, u.selfChecked())
                                .number(5, u.enforced());
                        int c = 6;
                        for (var s : FindingSource.values()) {
                            sheet.number(c++, u.found(s)).number(c++, u.rectified(s));
                        }
                        sheet.number(c++, u.majorFound()).number(c, u.majorRectified());
                        sheet.next();
                    }
                    for (var a : progress.alerts()) {
                        sheet.text(0, a.regionName())
                                .text(
                                        1,
                                        messages.getMessage(
                                                a.kind().messageKey(),
                                                a.figures().toArray(),
                                                locale));
                        sheet.next();
                    }
                });
        try (var out = new ByteArrayOutputStream()) {
            java.util.Objects.requireNonNull(streamed.getBody()).writeTo(out);
            return ResponseEntity.ok().headers(streamed.getHeaders()).body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String filename(CampaignProgress.Progress progress, String extension) {
        var view = progress.view();
        var region = progress.regions().isEmpty()
                ? view.campaign().regionCode()
                : progress.regions().get(0).regionCode();
        return "campaign-" + view.campaign().id() + "-" + region + "." + extension;
    }

    private static String attachment(CampaignProgress.Progress progress, String extension) {
        return ContentDisposition.attachment()
                .filename(filename(progress, extension))
                .build()
                .toString();
    }
}
