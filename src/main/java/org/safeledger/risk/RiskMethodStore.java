package org.safeledger.risk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeledger.risk.RiskMethodFile.Band;
import org.safeledger.risk.RiskMethodFile.Factor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The method versions' table; factor and band tables are stored as the JSON they were loaded from. */
@Repository
class RiskMethodStore {

    private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() {};
    private static final TypeReference<List<Band>> BANDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RiskMethodStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String method, String versionKey) {
        return jdbc.sql("SELECT count(*) FROM risk_method_version WHERE method = ? AND version_key = ?")
                        .params(method, versionKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<RiskMethodVersion> versions() {
        return jdbc.sql("SELECT * FROM risk_method_version ORDER BY method, effective_from DESC")
                .query(this::row)
                .list();
    }

    RiskMethodVersion version(long id) {
        return jdbc.sql("SELECT * FROM risk_method_version WHERE id = ?")
                .param(id)
                .query(this::row)
                .single();
    }

    Optional<RiskMethodVersion> version(String method, String versionKey) {
        return jdbc.sql("SELECT * FROM risk_method_version WHERE method = ? AND version_key = ?")
                .params(method, versionKey)
                .query(this::row)
                .optional();
    }

    Optional<RiskMethodVersion> inForce(String method, LocalDate day) {
        return jdbc.sql("SELECT * FROM risk_method_version WHERE method = ? AND effective_from <= ?"
                        + " AND (effective_to IS NULL OR effective_to >= ?)")
                .params(method, Date.valueOf(day), Date.valueOf(day))
                .query(this::row)
                .optional();
    }

    void close(long id, LocalDate lastDay) {
        jdbc.sql("UPDATE risk_method_version SET effective_to = ? WHERE id = ?")
                .params(Date.valueOf(lastDay), id)
                .update();
    }

    long insert(RiskMethodFile f, Instant at, String by) {
        return jdbc.sql("""
                        INSERT INTO risk_method_version (method, version_key, title, title_en, issuer, source, formula,
                            effective_from, warning, factors, bands, loaded_at, loaded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?) RETURNING id""")
                .params(
                        f.method(),
                        f.versionKey(),
                        f.title(),
                        f.titleEn(),
                        f.issuer(),
                        f.source(),
                        f.formula(),
                        Date.valueOf(f.effectiveFrom()),
                        f.warning(),
                        json.writeValueAsString(f.factors()),
                        json.writeValueAsString(f.bands()),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    private RiskMethodVersion row(ResultSet rs, int n) throws SQLException {
        var to = rs.getDate("effective_to");
        return new RiskMethodVersion(
                rs.getLong("id"),
                rs.getString("method"),
                rs.getString("version_key"),
                rs.getString("title"),
                rs.getString("title_en"),
                rs.getString("issuer"),
                rs.getString("source"),
                rs.getString("formula"),
                rs.getDate("effective_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getString("warning"),
                json.readValue(rs.getString("factors"), FACTORS),
                json.readValue(rs.getString("bands"), BANDS),
                rs.getTimestamp("loaded_at").toInstant());
    }
}
