package org.safeledger.enforcement.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.WatchList;
import org.safeledger.enforcement.WatchListEntry;
import org.safeledger.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The watch list as a page, as JSON ({@code /api/v1/watch-list}) and as an .xlsx export, per region with the
 * reasons of each entry; demo mode runs the screening by hand.
 */
@Controller
class WatchListWeb {

    private final WatchList watchList;
    private final MessageSource messages;

    WatchListWeb(WatchList watchList, MessageSource messages) {
        this.watchList = watchList;
        this.messages = messages;
    }

    @GetMapping("/enforcement/watch-list")
    String page(Actor actor, @RequestParam(required = false) @Nullable String regionCode, Model model) {
        model.addAttribute("entries", watchList.current(actor, regionCode));
        model.addAttribute("rule", watchList.rule());
        model.addAttribute("regionCode", regionCode);
        return "enforcement/watch-list";
    }

    @GetMapping("/api/v1/watch-list")
    @ResponseBody
    List<WatchListEntry> list(Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        return watchList.current(actor, regionCode);
    }

    @GetMapping("/api/v1/watch-list/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(
            Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        var entries = watchList.current(actor, regionCode);
        var locale = LocaleContextHolder.getLocale();
        StreamingResponseBody body = out -> write(entries, locale, out);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("watch-list.xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/api/v1/admin/jobs/watch-list/run")
    @ResponseBody
    WatchList.Result run(Actor actor) {
        return watchList.runNow(actor);
    }

    private void write(List<WatchListEntry> entries, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "SafeLedger", "1.0");
        var sheet = workbook.newWorksheet(text("watchList.title", locale));
        var headers = List.of(
                "hazard.enterprise", "watchList.region", "watchList.score", "watchList.reasons", "watchList.since");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, text(headers.get(c), locale));
        }
        int row = 1;
        for (var e : entries) {
            sheet.value(row, 0, e.enterpriseName());
            sheet.value(row, 1, e.regionCode());
            sheet.value(row, 2, e.score());
            sheet.value(
                    row,
                    3,
                    String.join(
                            "; ",
                            e.reasons().stream()
                                    .map(r -> text("watchList.reason." + r.code(), locale) + " " + r.count())
                                    .toList()));
            sheet.value(row, 4, e.enteredAt().toString());
            row++;
        }
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
