package org.safeledger.standard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's tables. */
@Repository
class Standards {

    private static final String VERSION =
            "SELECT v.*, (SELECT count(*) FROM standard_clause c WHERE c.version_id = v.id)"
                    + " AS clause_count FROM standard_version v";
    private static final String CLAUSE = "SELECT c.*, v.code, v.version_key FROM standard_clause c"
            + " JOIN standard_version v ON v.id = c.version_id";

    private final JdbcClient jdbc;

    Standards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, String versionKey) {
        return jdbc.sql("SELECT count(*) FROM standard_version WHERE code = ? AND version_key = ?")
                        .params(code, versionKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StandardVersion> versions() {
        return jdbc.sql(VERSION + " ORDER BY v.code, v.effective_from DESC")
                .query(Standards::version)
                .list();
    }

    List<StandardVersion> versionsOf(String code) {
        return jdbc.sql(VERSION + " WHERE v.code = ? ORDER BY v.effective_from DESC")
                .param(code)
                .query(Standards::version)
                .list();
    }

    Optional<StandardVersion> version(String code, String versionKey) {
        return jdbc.sql(VERSION + " WHERE v.code = ? AND v.version_key = ?")
                .params(code, versionKey)
                .query(Standards::version)
                .optional();
    }

    Optional<StandardVersion> inForce(String code, LocalDate day) {
        return jdbc.sql(VERSION + " WHERE v.code = ? AND v.effective_from <= ?"
                        + " AND (v.effective_to IS NULL OR v.effective_to >= ?)")
                .params(code, Date.valueOf(day), Date.valueOf(day))
                .query(Standards::version)
                .optional();
    }

    /** Closes the version in force when a newer one starts (the day before it). */
    void close(long versionId, LocalDate lastDay) {
        jdbc.sql("UPDATE standard_version SET effective_to = ? WHERE id = ?")
                .params(Date.valueOf(lastDay), versionId)
                .update();
    }

    long insert(StandardFile f, Instant at, String by) {
        long id = jdbc.sql("""
                        INSERT INTO standard_version (code, version_key, title, title_en, issuer, document_number,
                            effective_from, effective_to, sectors, source, warning, loaded_at, loaded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        f.code(),
                        f.versionKey(),
                        f.title(),
                        f.titleEn(),
                        f.issuer(),
                        f.documentNumber(),
                        Date.valueOf(f.effectiveFrom()),
                        f.effectiveTo() == null ? null : Date.valueOf(f.effectiveTo()),
                        f.sectors().toArray(String[]::new),
                        f.source(),
                        f.warning(),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
        int position = 0;
        for (var c : f.clauses()) {
            jdbc.sql("INSERT INTO standard_clause (version_id, number, parent_number, kind, text, gloss, unconfirmed,"
                            + " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, c.number(), c.parent(), c.kind(), c.text(), c.gloss(), c.unconfirmed(), position++)
                    .update();
        }
        return id;
    }

    List<Clause> clauses(long versionId) {
        return jdbc.sql(CLAUSE + " WHERE c.version_id = ? ORDER BY c.position")
                .param(versionId)
                .query(Standards::clause)
                .list();
    }

    /**
     * Clauses of the versions in force on the day whose number or text holds the query (literally: % and _ are
     * not wildcards), in catalogue order.
     */
    List<Clause> search(String query, LocalDate day, @Nullable String code, int limit) {
        var like = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(CLAUSE
                        + " WHERE v.effective_from <= :day AND (v.effective_to IS NULL OR v.effective_to >= :day)"
                        + (code == null ? "" : " AND v.code = :code")
                        + " AND (c.number = :query OR c.text ILIKE '%' || :like || '%' ESCAPE '\\')"
                        + " ORDER BY v.code, c.position LIMIT :limit")
                .param("day", Date.valueOf(day))
                .param("code", code)
                .param("query", query)
                .param("like", like)
                .param("limit", limit)
                .query(Standards::clause)
                .list();
    }

    Optional<Clause> clause(long id) {
        return jdbc.sql(CLAUSE + " WHERE c.id = ?")
                .param(id)
                .query(Standards::clause)
                .optional();
    }

    private static StandardVersion version(ResultSet rs, int row) throws SQLException {
        var to = rs.getDate("effective_to");
        return new StandardVersion(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("version_key"),
                rs.getString("title"),
                rs.getString("title_en"),
                rs.getString("issuer"),
                rs.getString("document_number"),
                rs.getDate("effective_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                Arrays.asList((String[]) rs.getArray("sectors").getArray()),
                rs.getString("source"),
                rs.getString("warning"),
                rs.getInt("clause_count"));
    }

    private static Clause clause(ResultSet rs, int row) throws SQLException {
        return new Clause(
                rs.getLong("id"),
                rs.getLong("version_id"),
                rs.getString("code"),
                rs.getString("version_key"),
                rs.getString("number"),
                rs.getString("parent_number"),
                rs.getString("kind"),
                rs.getString("text"),
                rs.getString("gloss"),
                rs.getBoolean("unconfirmed"));
    }
}
