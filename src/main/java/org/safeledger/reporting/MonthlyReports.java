package org.safeledger.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly reports (月报): a region's report of a month that has ended, issued once — by the monthly job, or by the
 * first reader who asks — and frozen: later downloads return the kept bytes and their SHA-256, in Chinese or English
 * (both issued together). A report is the region's, so it is read by those who see the whole region: region-wide
 * readers (leaders, the committee office, administrators), not a department limited to sectors or an enterprise.
 */
@Service
public class MonthlyReports {

    /** A kept file of a report, with its digest. */
    public record ReportFile(String filename, String format, byte[] content, String sha256) {}

    /** A report as listed. */
    public record Listed(String regionCode, YearMonth month, java.time.Instant issuedAt, String issuedBy) {}

    private final MonthlyReportContent content;
    private final MonthlyReportFiles files;
    private final MonthlyReportStore store;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MonthlyReports(
            MonthlyReportContent content,
            MonthlyReportFiles files,
            MonthlyReportStore store,
            SafeLedgerProperties properties,
            Clock clock,
            TransactionTemplate transaction) {
        this.content = content;
        this.files = files;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Whether the reader may read (and so cause to be issued) the region's monthly reports: the page asks this too. */
    public static boolean mayRead(Actor actor, RegionCode region) {
        return actor.can(Permission.HAZARD_READ)
                && actor.scope().sectors().isEmpty()
                && actor.scope().enterpriseId() == null
                && actor.scope().region().contains(region)
                && !region.equals(RegionCode.COUNTRY);
    }

    public List<Listed> list(Actor actor, RegionCode region) {
        require(actor, region);
        return store.list(region.value()).stream()
                .map(r -> new Listed(r.regionCode(), r.month(), r.issuedAt(), r.issuedBy()))
                .toList();
    }

    /** The last month that has ended, the newest a report may be issued for. */
    public YearMonth lastEnded() {
        return YearMonth.now(clock.withZone(properties.zone())).minusMonths(1);
    }

    /** The month's report as issued, issuing it now if nobody has yet. */
    public ReportFile file(Actor actor, RegionCode region, YearMonth month, String format, Locale locale) {
        require(actor, region);
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            throw new InvalidInputException("format", "error.report.format", format);
        }
        if (month.isAfter(lastEnded())) {
            throw new InvalidInputException("month", "error.report.monthNotOver", month.toString());
        }
        var issued = store.find(region.value(), month);
        long id = issued.isPresent() ? issued.get().id() : issue(region, month, actor.displayName());
        var language = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        var file = store.file(id, language, format)
                .orElseThrow(() -> new NotFoundException("error.report.notFound", month.toString()));
        return new ReportFile(
                "report-" + region.value() + "-" + month + "-" + language + "." + format,
                format,
                file.content(),
                file.sha256());
    }

    /** Builds the month's report in both languages and keeps it (the first kept stays if two are issued at once). */
    long issue(RegionCode region, YearMonth month, String by) {
        var data = content.gather(region, month, store.figures(region.value(), month.minusMonths(1)));
        var kept = new ArrayList<MonthlyReportStore.FileToKeep>();
        for (var language : List.of("zh-CN", "en")) {
            var locale = Locale.forLanguageTag(language);
            kept.add(file(language, "pdf", files.pdf(data, locale, properties.zone())));
            kept.add(file(language, "xlsx", files.xlsx(data, locale, properties.zone())));
        }
        return transaction.execute(
                status -> store.keep(region.value(), month, data.issuedAt(), by, data.figures(), kept));
    }

    boolean issued(RegionCode region, YearMonth month) {
        return store.find(region.value(), month).isPresent();
    }

    private static MonthlyReportStore.FileToKeep file(String language, String format, byte[] bytes) {
        return new MonthlyReportStore.FileToKeep(language, format, bytes, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(Actor actor, RegionCode region) {
        if (!mayRead(actor, region)) {
            throw new ForbiddenException("error.report.forbidden", region.value());
        }
    }
}
