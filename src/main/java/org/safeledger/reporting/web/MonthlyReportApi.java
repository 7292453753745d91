package org.safeledger.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.reporting.MonthlyReports;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.RegionCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's monthly report as PDF or .xlsx (api.md): issued on first demand once the month has ended, then frozen —
 * the same month is the same bytes, with their SHA-256 in {@code X-Report-SHA256}. The pages download from the same
 * handler ({@code /reports/monthly}).
 */
@RestController
class MonthlyReportApi {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MonthlyReports reports;

    MonthlyReportApi(MonthlyReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/api/v1/reports/monthly", "/reports/monthly"})
    ResponseEntity<byte[]> file(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam String month,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @Nullable String lang) {
        var region = regionCode == null || regionCode.isBlank()
                ? actor.scope().region()
                : new RegionCode(regionCode.strip());
        Locale locale = lang == null || lang.isBlank()
                ? LocaleContextHolder.getLocale()
                : Locale.forLanguageTag(lang.strip().replace('_', '-'));
        var file = reports.file(actor, region, month(month), format.strip().toLowerCase(Locale.ROOT), locale);
        return ResponseEntity.ok()
                .contentType(file.format().equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                .header("X-Report-SHA256", file.sha256())
                .body(file.content());
    }

    @GetMapping("/api/v1/reports/monthly/issued")
    Map<String, Object> issued(Actor actor, @RequestParam(required = false) @Nullable String regionCode) {
        var region = regionCode == null || regionCode.isBlank()
                ? actor.scope().region()
                : new RegionCode(regionCode.strip());
        return Map.of("items", reports.list(actor, region));
    }

    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "error.report.month", value);
        }
    }

    /** The dashboard's list: the last twelve ended months, each issued or not yet; none for a reader who may not. */
    record Month(YearMonth month, MonthlyReports.@Nullable Listed issued) {}

    static List<Month> months(Actor actor, RegionCode region, MonthlyReports reports) {
        if (!MonthlyReports.mayRead(actor, region)) {
            return List.of();
        }
        var issued = reports.list(actor, region);
        var months = new ArrayList<Month>();
        for (var m = reports.lastEnded(); months.size() < 12; m = m.minusMonths(1)) {
            var month = m;
            months.add(new Month(
                    month,
                    issued.stream()
                            .filter(i -> i.month().equals(month))
                            .findFirst()
                            .orElse(null)));
        }
        return months;
    }
}
