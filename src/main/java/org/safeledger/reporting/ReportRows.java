package org.safeledger.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.hazard.HazardGrade;

/** The monthly report's tables as rows, the same for its PDF and its sheet. */
final class ReportRows {

    private ReportRows() {}

    /** A figure of the month beside the same month a year before; {@code text} is its display (rates as %). */
    record Figure(String key, String text, @Nullable String lastYear) {}

    /** A rectification owed past its deadline: how many days, how far escalated. */
    record Worst(
            long id,
            String enterprise,
            String title,
            HazardGrade grade,
            LocalDate deadline,
            long daysOverdue,
            int tier) {}

    static List<Figure> figures(MonthlyReportData d) {
        var rows = new ArrayList<Figure>();
        var h = d.overview().hazards();
        var y = d.lastYear().hazards();
        rows.add(new Figure("dashboard.found", Long.toString(h.found()), Long.toString(y.found())));
        rows.add(new Figure(
                "dashboard.foundMajor",
                Long.toString(h.foundByGrade().getOrDefault(HazardGrade.MAJOR, 0L)),
                Long.toString(y.foundByGrade().getOrDefault(HazardGrade.MAJOR, 0L))));
        rows.add(new Figure("dashboard.closed", Long.toString(h.closed()), Long.toString(y.closed())));
        rows.add(new Figure("dashboard.rectificationRate", rate(h.rectificationRate()), rate(y.rectificationRate())));
        rows.add(new Figure("dashboard.onTimeRate", rate(h.onTimeRate()), rate(y.onTimeRate())));
        rows.add(new Figure("dashboard.medianDays", days(h.medianDaysToClose()), days(y.medianDaysToClose())));
        rows.add(new Figure("dashboard.now.open", Long.toString(h.now().open()), null));
        rows.add(new Figure("dashboard.now.overdue", Long.toString(h.now().overdue()), null));
        rows.add(new Figure("dashboard.now.tier3", Long.toString(h.now().tier3()), null));
        rows.add(new Figure("dashboard.now.major", Long.toString(h.now().major()), null));
        rows.add(new Figure("dashboard.now.listed", Long.toString(h.now().listed()), null));
        var a = d.overview().accidents();
        var ay = d.lastYear().accidents();
        if (a != null && ay != null) {
            rows.add(new Figure("dashboard.accidents", Long.toString(a.total()), Long.toString(ay.total())));
            rows.add(new Figure("dashboard.deaths", Long.toString(a.deaths()), Long.toString(ay.deaths())));
        }
        var e = d.overview().enforcement();
        var ey = d.lastYear().enforcement();
        if (e != null && ey != null) {
            e.byType()
                    .forEach((type, n) -> rows.add(new Figure(
                            type.messageKey(),
                            Long.toString(n),
                            Long.toString(ey.byType().getOrDefault(type, 0L)))));
            rows.add(new Figure("dashboard.fines", Long.toString(e.penaltyYuan()), Long.toString(ey.penaltyYuan())));
        }
        var i = d.overview().rectificationItems();
        if (i != null) {
            rows.add(new Figure("dashboard.items.open", Long.toString(i.open()), null));
            rows.add(new Figure("dashboard.items.overdue", Long.toString(i.overdue()), null));
        }
        return rows;
    }

    static List<Worst> worst(MonthlyReportData d, LocalDate today) {
        return d.worst().stream()
                .filter(w -> w.hazard().deadline() != null)
                .map(w -> new Worst(
                        w.hazard().id(),
                        w.enterpriseName(),
                        w.hazard().title(),
                        w.hazard().grade(),
                        w.hazard().deadline(),
                        ChronoUnit.DAYS.between(w.hazard().deadline(), today),
                        w.hazard().escalationTier()))
                .toList();
    }

    static String rate(@Nullable Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String days(@Nullable Double days) {
        return days == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", days);
    }
}
