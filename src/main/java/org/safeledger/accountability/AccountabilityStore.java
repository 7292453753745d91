package org.safeledger.accountability;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountabilityStore {

    private final JdbcClient jdbc;

    AccountabilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            AccountabilityEntry e, @org.jspecify.annotations.Nullable Long postId, long by, String byName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO accountability_record (region_code, person_name, post, post_id, ground, forms,
                            decided_on, note, source_kind, source_id, source_label, recorded_by, recorded_by_name,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        e.regionCode(),
                        e.personName(),
                        e.post(),
                        new SqlParameterValue(Types.BIGINT, postId),
                        e.ground(),
                        e.decisions().stream()
                                .map(k -> k.substring(k.indexOf('.') + 1))
                                .toArray(String[]::new),
                        Date.valueOf(java.util.Objects.requireNonNull(e.decidedOn())),
                        e.note(),
                        e.sourceKind(),
                        new SqlParameterValue(Types.BIGINT, e.sourceId()),
                        e.sourceLabel(),
                        by,
                        byName,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** The records of the region's subtree, latest decision first. */
    List<AccountabilityEntry> of(String subtreePrefix) {
        return jdbc.sql("SELECT * FROM accountability_record WHERE region_code LIKE ? || '%'"
                        + " ORDER BY decided_on DESC, id DESC LIMIT 200")
                .param(subtreePrefix)
                .query((rs, n) -> new AccountabilityEntry(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        rs.getString("person_name"),
                        rs.getString("post"),
                        rs.getString("ground"),
                        java.util.Arrays.stream((String[]) rs.getArray("forms").getArray())
                                .map(f -> AccountabilityForm.valueOf(f).messageKey())
                                .toList(),
                        rs.getDate("decided_on").toLocalDate(),
                        rs.getString("note"),
                        rs.getString("source_kind"),
                        rs.getObject("source_id", Long.class),
                        rs.getString("source_label"),
                        false,
                        false))
                .list();
    }
}
