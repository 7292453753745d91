package org.safeledger.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.safeledger.platform.web.HtmlPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/** A monthly report's two files, in one language: the PDF (charts drawn on the server) and the workbook. */
@Component
class MonthlyReportFiles {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    MonthlyReportFiles(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    byte[] pdf(MonthlyReportData d, Locale locale, ZoneId zone) {
        var today = LocalDate.ofInstant(d.issuedAt(), zone);
        var model = new HashMap<String, Object>();
        model.put("d", d);
        model.put("figures", ReportRows.figures(d));
        model.put("worst", ReportRows.worst(d, today));
        model.put(
                "issuedAt",
                d.issuedAt()
                        .atZone(zone)
                        .toLocalDateTime()
                        .withNano(0)
                        .toString()
                        .replace('T', ' '));
        model.put("trendChart", trendChart(d, locale));
        if (!d.children().isEmpty()) {
            model.put(
                    "childrenChart",
                    ReportCharts.bars(
                            msg("report.chart.children", locale),
                            d.children().stream().map(RegionFigure::name).toList(),
                            List.of(msg("dashboard.now.open", locale), msg("dashboard.now.overdue", locale)),
                            List.of(
                                    d.children().stream()
                                            .mapToLong(c -> c.hazards().open())
                                            .toArray(),
                                    d.children().stream()
                                            .mapToLong(c -> c.hazards().overdue())
                                            .toArray())));
        }
        var html = templates.process(
                new TemplateSpec("reporting/monthly-pdf", Set.of(), TemplateMode.XML, null),
                new Context(locale, model));
        return HtmlPdf.render(html);
    }

    private String trendChart(MonthlyReportData d, Locale locale) {
        var points = d.trend().points();
        return ReportCharts.bars(
                msg("report.chart.trend", locale),
                d.trendLabels(),
                List.of(
                        msg("dashboard.found", locale),
                        msg("dashboard.closed", locale),
                        msg("dashboard.lastYearFound", locale)),
                List.of(
                        points.stream().mapToLong(p -> p.found()).toArray(),
                        points.stream().mapToLong(p -> p.closed()).toArray(),
                        d.trend().lastYear().stream().mapToLong(p -> p.found()).toArray()));
    }

    byte[] xlsx(MonthlyReportData d, Locale locale, ZoneId zone) {
        var today = LocalDate.ofInstant(d.issuedAt(), zone);
        try (var out = new ByteArrayOutputStream()) {
            var book = new Workbook(out, "SafeLedger", "1.0");
            var figures = book.newWorksheet(msg("report.sheet.figures", locale));
            figures.value(
                    0, 0, msg("report.title", locale, d.regionName(), d.month().toString()));
            header(
                    figures,
                    1,
                    msg("report.col.figure", locale),
                    msg("report.col.month", locale),
                    msg("report.col.lastYear", locale));
            int r = 2;
            for (var f : ReportRows.figures(d)) {
                figures.value(r, 0, msg(f.key(), locale));
                figures.value(r, 1, f.text());
                figures.value(r++, 2, f.lastYear() == null ? "" : f.lastYear());
            }
            var regions = book.newWorksheet(msg("report.sheet.regions", locale));
            header(
                    regions,
                    0,
                    msg("report.col.region", locale),
                    msg("dashboard.found", locale),
                    msg("dashboard.closed", locale),
                    msg("dashboard.now.open", locale),
                    msg("dashboard.now.overdue", locale),
                    msg("dashboard.now.major", locale),
                    msg("dashboard.accidents", locale),
                    msg("dashboard.deaths", locale),
                    msg("report.col.colour", locale));
            r = 1;
            for (var c : d.children()) {
                regions.value(r, 0, c.name());
                long[] v = {
                    c.hazards().found(),
                    c.hazards().closed(),
                    c.hazards().open(),
                    c.hazards().overdue(),
                    c.hazards().majorOpen(),
                    c.accidents(),
                    c.deaths()
                };
                for (int i = 0; i < v.length; i++) {
                    regions.value(r, i + 1, v[i]);
                }
                regions.value(r++, 8, msg(c.colour().messageKey(), locale));
            }
            var trend = book.newWorksheet(msg("report.sheet.trend", locale));
            header(
                    trend,
                    0,
                    msg("report.col.period", locale),
                    msg("dashboard.found", locale),
                    msg("dashboard.closed", locale),
                    msg("dashboard.trendOverdue", locale),
                    msg("dashboard.lastYearFound", locale));
            for (int i = 0; i < d.trend().points().size(); i++) {
                var p = d.trend().points().get(i);
                trend.value(i + 1, 0, d.trendLabels().get(i));
                trend.value(i + 1, 1, p.found());
                trend.value(i + 1, 2, p.closed());
                trend.value(i + 1, 3, p.overdue());
                trend.value(i + 1, 4, d.trend().lastYear().get(i).found());
            }
            var worst = book.newWorksheet(msg("report.sheet.worst", locale));
            header(
                    worst,
                    0,
                    "#",
                    msg("hazard.enterprise", locale),
                    msg("report.col.title", locale),
                    msg("hazard.grade", locale),
                    msg("report.col.deadline", locale),
                    msg("report.col.daysOverdue", locale),
                    msg("report.col.tier", locale));
            r = 1;
            for (var w : ReportRows.worst(d, today)) {
                worst.value(r, 0, w.id());
                worst.value(r, 1, w.enterprise());
                worst.value(r, 2, w.title());
                worst.value(r, 3, msg("hazardGrade." + w.grade(), locale));
                worst.value(r, 4, w.deadline().toString());
                worst.value(r, 5, w.daysOverdue());
                worst.value(r++, 6, w.tier());
            }
            book.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(org.dhatim.fastexcel.Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
            sheet.style(row, c).bold().set();
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
