package org.safeledger.accident;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accidents of a region's subtree in a period (with the level and figures last reported by the day asked) and
 * the responsibility decisions of their investigations on persons, as the record knew them on a day: what the assessment deducts (and vetoes) and what accountability is
 * fed with.
 */
@Service
public class AccidentFacts {

    public record AccidentFact(
            long id,
            String enterpriseName,
            String regionCode,
            String sector,
            AccidentLevel level,
            int deaths,
            int missing,
            Instant occurredAt,
            String place,
            boolean readable) {}

    /** A person's responsibility decided by an investigation: who, what for, the handling decided. */
    public record PersonDecided(
            long accidentId,
            String accidentPlace,
            Instant occurredAt,
            String regionCode,
            long itemId,
            String text,
            String responsible,
            List<String> decided,
            String note) {}

    private final JdbcClient jdbc;

    AccidentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Accidents that occurred in [{@code from}, {@code to}) and were reported by {@code knownBy}; {@code readable}
     * says whether the reader opens each one (its scope, and the right to read accidents).
     */
    public List<AccidentFact> within(RegionCode region, Instant from, Instant to, Instant knownBy, Actor reader) {
        boolean reads = reader.can(Permission.ACCIDENT_READ);
        return jdbc.sql("""
                        SELECT """ + ScopeSql.PREDICATE + """
                            AS readable, a.id, e.name AS enterprise_name, a.region_code, a.sector,
                            coalesce(f.level, a.level) AS level, coalesce(f.deaths, a.deaths) AS deaths,
                            coalesce(f.missing, a.missing) AS missing, a.occurred_at, a.place
                        FROM accident a JOIN enterprise e ON e.id = a.enterprise_id
                        -- the figures and level as last reported by the day asked, not as they stand today
                        LEFT JOIN LATERAL (SELECT x.level, x.deaths, x.missing FROM accident_figures x
                            WHERE x.accident_id = a.id AND x.at <= :knownBy ORDER BY x.at DESC, x.id DESC LIMIT 1) f
                            ON true
                        WHERE a.region_code LIKE :prefix || '%' AND a.occurred_at >= :from AND a.occurred_at < :to
                          AND a.reported_at <= :knownBy
                        ORDER BY a.occurred_at, a.id""")
                .params(ScopeSql.params(reader.scope()))
                .param("prefix", region.subtreePrefix())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("knownBy", Timestamp.from(knownBy))
                .query((rs, n) -> new AccidentFact(
                        rs.getLong("id"),
                        rs.getString("enterprise_name"),
                        rs.getString("region_code"),
                        rs.getString("sector"),
                        AccidentLevel.valueOf(rs.getString("level")),
                        rs.getInt("deaths"),
                        rs.getInt("missing"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("place"),
                        reads && rs.getBoolean("readable")))
                .list();
    }

    /** Which of the accidents the reader opens (its scope, and the right to read accidents), in one read. */
    public java.util.Set<Long> readable(Actor reader, java.util.Collection<Long> ids) {
        if (ids.isEmpty() || !reader.can(Permission.ACCIDENT_READ)) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT a.id FROM accident a JOIN enterprise e ON e.id = a.enterprise_id"
                        + " WHERE a.id = ANY(:ids) AND " + ScopeSql.PREDICATE)
                .params(ScopeSql.params(reader.scope()))
                .param("ids", ids.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** The persons whose responsibility an investigation of an accident in the subtree has decided. */
    public List<PersonDecided> personsDecided(RegionCode region) {
        return jdbc.sql("""
                        SELECT a.id AS accident_id, a.place, a.occurred_at, a.region_code, i.id, i.text, i.responsible,
                            i.decided, i.decision_note
                        FROM accident_item i JOIN accident a ON a.id = i.accident_id
                        WHERE a.region_code LIKE ? || '%' AND i.kind = 'RESPONSIBILITY' AND i.party_kind = 'PERSON'
                          AND cardinality(i.decided) > 0
                        ORDER BY a.occurred_at DESC, i.id""")
                .param(region.subtreePrefix())
                .query((rs, n) -> new PersonDecided(
                        rs.getLong("accident_id"),
                        rs.getString("place"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("region_code"),
                        rs.getLong("id"),
                        rs.getString("text"),
                        rs.getString("responsible"),
                        texts(rs.getArray("decided")),
                        rs.getString("decision_note")))
                .list();
    }

    private static List<String> texts(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
