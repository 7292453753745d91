package org.safeledger.accident;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigations, their appraisals and items; callers have checked the accident is in the reader's scope. */
@Repository
class Investigations {

    /** The investigation's row, before its appraisals and items are read. */
    record Row(
            long accidentId,
            long departmentId,
            String departmentName,
            String leadingUnit,
            List<String> team,
            Instant openedAt,
            int extensionDays,
            @Nullable String extensionApprovedBy,
            @Nullable String extensionReason,
            @Nullable String directCause,
            @Nullable String indirectCauses,
            Investigation.@Nullable Nature nature,
            @Nullable LocalDate reportSubmittedOn,
            int version) {}

    /** An item's row; its hazard's status is read from the hazard module. */
    record ItemRow(
            long id,
            Investigation.ItemKind kind,
            String text,
            String responsible,
            Investigation.@Nullable PartyKind partyKind,
            Set<Investigation.Handling> proposed,
            Set<Investigation.Handling> decided,
            String decisionNote,
            LocalDate deadline,
            @Nullable Long hazardId,
            @Nullable Long rectificationId) {}

    private final JdbcClient jdbc;

    Investigations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the investigation; false when the accident has one already. */
    boolean open(long accidentId, long departmentId, String leadingUnit, List<String> team, Instant at, long by) {
        return jdbc.sql("""
                        INSERT INTO accident_investigation (accident_id, department_id, leading_unit, team, opened_at, opened_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (accident_id) DO NOTHING""")
                        .params(
                                accidentId,
                                departmentId,
                                leadingUnit,
                                team.toArray(String[]::new),
                                Timestamp.from(at),
                                by)
                        .update()
                == 1;
    }

    /** Art. 20: a higher department takes the investigation over after the level rose. */
    void takeOver(long accidentId, long departmentId, String leadingUnit, List<String> team) {
        jdbc.sql("""
                        UPDATE accident_investigation SET department_id = ?, leading_unit = ?, team = ?, version = version + 1
                        WHERE accident_id = ?""")
                .params(departmentId, leadingUnit, team.toArray(String[]::new), accidentId)
                .update();
    }

    Optional<Row> find(long accidentId) {
        return jdbc.sql("""
                        SELECT i.*, d.name AS department_name FROM accident_investigation i
                        JOIN department d ON d.id = i.department_id WHERE i.accident_id = ?""").param(accidentId).query(Investigations::row).optional();
    }

    /** Locks the investigation for a change; its version, or empty when there is none. */
    Optional<Integer> lock(long accidentId) {
        return jdbc.sql("SELECT version FROM accident_investigation WHERE accident_id = ? FOR UPDATE")
                .param(accidentId)
                .query(Integer.class)
                .optional();
    }

    /** Writes the extension the investigation allowed (locked by {@link #lock}). */
    void extend(long accidentId, int days, String approvedBy, String reason) {
        jdbc.sql("""
                        UPDATE accident_investigation SET extension_days = ?, extension_approved_by = ?,
                            extension_reason = ?, version = version + 1
                        WHERE accident_id = ?""").params(days, approvedBy, reason, accidentId).update();
    }

    void findings(
            long accidentId,
            String directCause,
            String indirectCauses,
            Investigation.Nature nature,
            @Nullable LocalDate submittedOn) {
        jdbc.sql("""
                        UPDATE accident_investigation SET direct_cause = ?, indirect_causes = ?, nature = ?,
                            report_submitted_on = ?, version = version + 1 WHERE accident_id = ?""")
                .params(
                        directCause,
                        indirectCauses,
                        nature.name(),
                        submittedOn == null ? null : Date.valueOf(submittedOn),
                        accidentId)
                .update();
    }

    void insertAppraisal(long accidentId, LocalDate from, LocalDate to, String note) {
        jdbc.sql("INSERT INTO accident_appraisal (accident_id, from_day, to_day, note) VALUES (?, ?, ?, ?)")
                .params(accidentId, Date.valueOf(from), Date.valueOf(to), note)
                .update();
    }

    List<Investigation.Appraisal> appraisals(long accidentId) {
        return jdbc.sql("SELECT * FROM accident_appraisal WHERE accident_id = ? ORDER BY from_day, id")
                .param(accidentId)
                .query((rs, n) -> new Investigation.Appraisal(
                        rs.getLong("id"),
                        rs.getDate("from_day").toLocalDate(),
                        rs.getDate("to_day").toLocalDate(),
                        rs.getString("note")))
                .list();
    }

    long insertItem(
            long accidentId,
            Investigation.ItemKind kind,
            String text,
            String responsible,
            Investigation.@Nullable PartyKind partyKind,
            Set<Investigation.Handling> proposed,
            Set<Investigation.Handling> decided,
            LocalDate deadline,
            @Nullable Long hazardId,
            @Nullable Long rectificationId,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO accident_item (accident_id, kind, text, responsible, party_kind, proposed, decided,
                            deadline, hazard_id, rectification_id, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        accidentId,
                        kind.name(),
                        text,
                        responsible,
                        partyKind == null ? null : partyKind.name(),
                        names(proposed),
                        names(decided),
                        Date.valueOf(deadline),
                        hazardId,
                        rectificationId,
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    /** Writes the decision on a responsibility the investigation named (locked by {@link #lock}). */
    void decide(long itemId, Set<Investigation.Handling> decided, String note) {
        jdbc.sql("UPDATE accident_item SET decided = ?, decision_note = ? WHERE id = ?")
                .params(names(decided), note, itemId)
                .update();
    }

    List<ItemRow> items(long accidentId) {
        return jdbc.sql("SELECT * FROM accident_item WHERE accident_id = ? ORDER BY kind DESC, id")
                .param(accidentId)
                .query((rs, n) -> new ItemRow(
                        rs.getLong("id"),
                        Investigation.ItemKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getString("responsible"),
                        rs.getString("party_kind") == null
                                ? null
                                : Investigation.PartyKind.valueOf(rs.getString("party_kind")),
                        handlings(rs, "proposed"),
                        handlings(rs, "decided"),
                        rs.getString("decision_note"),
                        rs.getDate("deadline").toLocalDate(),
                        (Long) rs.getObject("hazard_id"),
                        (Long) rs.getObject("rectification_id")))
                .list();
    }

    private static String[] names(Set<Investigation.Handling> handlings) {
        return handlings.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<Investigation.Handling> handlings(ResultSet rs, String column) throws SQLException {
        var names = (String[]) rs.getArray(column).getArray();
        return Arrays.stream(names)
                .map(Investigation.Handling::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Investigation.Handling.class)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var submitted = rs.getDate("report_submitted_on");
        return new Row(
                rs.getLong("accident_id"),
                rs.getLong("department_id"),
                rs.getString("department_name"),
                rs.getString("leading_unit"),
                List.of((String[]) rs.getArray("team").getArray()),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getInt("extension_days"),
                rs.getString("extension_approved_by"),
                rs.getString("extension_reason"),
                rs.getString("direct_cause"),
                rs.getString("indirect_causes"),
                rs.getString("nature") == null ? null : Investigation.Nature.valueOf(rs.getString("nature")),
                submitted == null ? null : submitted.toLocalDate(),
                rs.getInt("version"));
    }
}
