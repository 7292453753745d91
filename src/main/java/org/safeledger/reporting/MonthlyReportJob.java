package org.safeledger.reporting;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeledger.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues last month's reports on the first of the month (once per cluster): of the configured regions, or of every
 * province and prefecture holding enterprises. A report already issued (on demand) is left as it is.
 */
@Component
class MonthlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);

    private final MonthlyReports reports;
    private final StatisticsProperties properties;
    private final JdbcClient jdbc;

    MonthlyReportJob(MonthlyReports reports, StatisticsProperties properties, JdbcClient jdbc) {
        this.reports = reports;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${safeledger.statistics.monthly-cron:0 0 6 1 * *}", zone = "${safeledger.zone:Asia/Shanghai}")
    @SchedulerLock(name = "monthly-reports", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    void issueLastMonth() {
        var month = reports.lastEnded();
        for (var code : regions()) {
            var region = new RegionCode(code);
            if (!reports.issued(region, month)) {
                reports.issue(region, month, "monthly job");
                log.info("monthly report of {} for {} issued", code, month);
            }
        }
    }

    List<String> regions() {
        if (!properties.monthlyRegions().isEmpty()) {
            return properties.monthlyRegions();
        }
        // the enterprise register is reference data every module may read (architecture.md)
        return jdbc.sql("SELECT DISTINCT code FROM (SELECT rpad(left(region_code, 2), 6, '0') AS code FROM enterprise"
                        + " UNION SELECT rpad(left(region_code, 4), 6, '0') FROM enterprise) c"
                        + " WHERE code IN (SELECT r.code FROM region r) ORDER BY 1")
                .query(String.class)
                .list();
    }
}
