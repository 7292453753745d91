package org.safeledger.rectification.web;

import java.util.ArrayList;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.platform.web.Spreadsheet;
import org.safeledger.rectification.RectificationView;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The ledger of items under the same filters as .xlsx (at most 10,000 rows), in the reader's language. */
@RestController
class RectificationExport {

    private final Rectifications rectifications;
    private final MessageSource messages;
    private final SafeLedgerProperties properties;

    RectificationExport(Rectifications rectifications, MessageSource messages, SafeLedgerProperties properties) {
        this.rectifications = rectifications;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping({"/api/v1/rectifications/export.xlsx", "/rectifications/export.xlsx"})
    ResponseEntity<StreamingResponseBody> export(
            Actor actor,
            @RequestParam(required = false) @Nullable String origin,
            @RequestParam(required = false) @Nullable String responsibleKind,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable String supervision,
            @RequestParam(required = false) @Nullable String standing) {
        var filter = new RectificationQuery(origin, responsibleKind, regionCode, status, overdue, supervision, standing)
                .filter();
        var items = new ArrayList<RectificationView>();
        for (int page = 0; page < 20; page++) {
            var found = rectifications
                    .list(actor, filter, new PageRequest(page, PageRequest.MAX_SIZE))
                    .items();
            items.addAll(found);
            if (found.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        var locale = LocaleContextHolder.getLocale();
        var headers = Stream.of(
                        "rectification.number",
                        "rectification.title",
                        "rectification.origin",
                        "rectification.responsibleKind",
                        "rectification.responsible",
                        "rectification.assigner",
                        "rectification.status",
                        "rectification.deadline",
                        "rectification.supervision",
                        "rectification.closedAt")
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
        return Spreadsheet.download(
                "rectifications.xlsx",
                messages.getMessage("rectifications.title", null, locale),
                headers,
                properties.zone(),
                sheet -> {
                    for (var r : items) {
                        sheet.number(0, r.id())
                                .text(1, r.title())
                                .text(2, messages.getMessage(r.origin().messageKey(), null, locale))
                                .text(3, messages.getMessage(r.responsibleKind().messageKey(), null, locale))
                                .text(4, r.responsible().name())
                                .text(5, r.assigner().name())
                                .text(6, messages.getMessage(r.status().messageKey(), null, locale))
                                .date(7, r.deadline())
                                .text(
                                        8,
                                        r.supervision() == null
                                                ? ""
                                                : messages.getMessage(
                                                        r.supervision().messageKey(), null, locale))
                                .time(9, r.closedAt())
                                .next();
                    }
                });
    }
}
