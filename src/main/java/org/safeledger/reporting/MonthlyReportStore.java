package org.safeledger.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Issued monthly reports and their frozen files. */
@Repository
class MonthlyReportStore {

    /** A report as listed: its region, month, when and by what it was issued, the digests of its files. */
    record Issued(
            long id,
            String regionCode,
            YearMonth month,
            Instant issuedAt,
            String issuedBy,
            Map<String, String> sha256) {}

    /** A kept file. */
    record StoredFile(byte[] content, String sha256) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MonthlyReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Keeps a newly issued report and its files unless the month's report exists already (issued meanwhile by
     * another instance or reader): the first one issued stays, and is returned either way.
     */
    long keep(
            String region, YearMonth month, Instant at, String by, Map<String, Long> figures, List<FileToKeep> files) {
        var id = jdbc.sql(
                        "INSERT INTO monthly_report (region_code, month, issued_at, issued_by, figures)"
                                + " VALUES (?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (region_code, month) DO NOTHING RETURNING id")
                .params(
                        region,
                        java.sql.Date.valueOf(month.atDay(1)),
                        Timestamp.from(at),
                        by,
                        json.writeValueAsString(figures))
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return find(region, month).orElseThrow().id();
        }
        for (var f : files) {
            jdbc.sql(
                            "INSERT INTO monthly_report_file (report_id, language, format, content, sha256) VALUES (?, ?, ?, ?, ?)")
                    .params(id.get(), f.language(), f.format(), f.content(), f.sha256())
                    .update();
        }
        return id.get();
    }

    record FileToKeep(String language, String format, byte[] content, String sha256) {}

    Optional<Issued> find(String region, YearMonth month) {
        return list(region, month).stream().findFirst();
    }

    List<Issued> list(String region) {
        return list(region, null);
    }

    private List<Issued> list(String region, @org.jspecify.annotations.Nullable YearMonth month) {
        return jdbc.sql("SELECT r.id, r.region_code, r.month, r.issued_at, r.issued_by,"
                        + " coalesce(jsonb_object_agg(f.language || '.' || f.format, f.sha256)"
                        + " FILTER (WHERE f.report_id IS NOT NULL), '{}') AS digests"
                        + " FROM monthly_report r LEFT JOIN monthly_report_file f ON f.report_id = r.id"
                        + " WHERE r.region_code = :region AND (CAST(:month AS date) IS NULL OR r.month = CAST(:month AS date))"
                        + " GROUP BY r.id ORDER BY r.month DESC")
                .param("region", region)
                .param("month", month == null ? null : java.sql.Date.valueOf(month.atDay(1)), java.sql.Types.DATE)
                .query((rs, i) -> new Issued(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getString("issued_by"),
                        json.readValue(rs.getString("digests"), new TypeReference<Map<String, String>>() {})))
                .list();
    }

    Optional<StoredFile> file(long reportId, String language, String format) {
        return jdbc.sql(
                        "SELECT content, sha256 FROM monthly_report_file WHERE report_id = ? AND language = ? AND format = ?")
                .params(reportId, language, format)
                .query((rs, i) -> new StoredFile(rs.getBytes("content"), rs.getString("sha256")))
                .optional();
    }

    Map<String, Long> figures(String region, YearMonth month) {
        return jdbc.sql("SELECT figures FROM monthly_report WHERE region_code = ? AND month = ?")
                .params(region, java.sql.Date.valueOf(month.atDay(1)))
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, new TypeReference<Map<String, Long>>() {}))
                .orElse(Map.of());
    }
}
