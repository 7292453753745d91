package org.safeledger.enforcement.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.WatchList;
import org.safeledger.enforcement.WatchListEntry;
import org.safeledger.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The watch list as JSON ({@code /api/v1/watch-list}) and as an .xlsx export, per region with the reasons of each
 * entry; demo mode runs the screening by hand. A REST controller, so that its errors are problems like the rest of
 * the API's (the page is {@code WatchListWeb}).
 */
@RestController
class WatchListApi {

    private final WatchList watchList;
    private final MessageSource messages;

    private final org.safeledger.platform.SafeLedgerProperties properties;
    private final org.safeledger.org.RegionNames regionNames;

    WatchListApi(
            WatchList watchList,
            MessageSource messages,
            org.safeledger.platform.SafeLedgerProperties properties,
            org.safeledger.org.RegionNames regionNames) {
        this.properties = properties;
        this.regionNames = regionNames;
        this.watchList = watchList;
        this.messages = messages;
    }

    @GetMapping("/api/v1/watch-list")
    List<WatchListEntry> list(Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        return watchList.current(actor, regionCode);
    }

    /** The watch list as .xlsx: names of enterprises and regions, the time each entered in the configured zone. */
    @GetMapping("/api/v1/watch-list/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(
            Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        var entries = watchList.current(actor, regionCode);
        var locale = LocaleContextHolder.getLocale();
        var headers = java.util.stream.Stream.of(
                        "hazard.enterprise",
                        "watchList.region",
                        "watchList.score",
                        "watchList.reasons",
                        "watchList.since")
                .map(key -> text(key, locale))
                .toList();
        return org.safeledger.platform.web.Spreadsheet.download(
                "watch-list.xlsx", text("watchList.title", locale), headers, properties.zone(), sheet -> {
                    for (var e : entries) {
                        sheet.text(0, e.enterpriseName())
                                .text(1, regionNames.of(e.regionCode()))
                                .number(2, e.score())
                                .text(
                                        3,
                                        String.join(
                                                "; ",
                                                e.reasons().stream()
                                                        .map(r -> text("watchList.reason." + r.code(), locale) + " "
                                                                + r.count())
                                                        .toList()))
                                .time(4, e.enteredAt())
                                .next();
                    }
                });
    }

    @PostMapping("/api/v1/admin/jobs/watch-list/run")
    WatchList.Result run(Actor actor) {
        return watchList.runNow(actor);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
