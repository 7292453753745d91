package org.safeledger.accident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accidents, their reports of figures and their reporting chain; every read is limited to the reader's scope. */
@Repository
class Accidents {

    private static final String SELECT = """
            SELECT a.*, e.name AS enterprise_name, u.display_name AS reported_by_name
            FROM accident a JOIN enterprise e ON e.id = a.enterprise_id JOIN user_account u ON u.id = a.reported_by""";

    /** The row as stored, before the history and the chain are read. */
    record Row(
            long id,
            long enterpriseId,
            String enterpriseName,
            String regionCode,
            String sector,
            Instant occurredAt,
            String place,
            AccidentType type,
            String scene,
            String summary,
            String measures,
            String otherInfo,
            Figures figures,
            AccidentLevel level,
            AccidentLevel provisionalLevel,
            Instant reportedAt,
            String reportedBy,
            int version) {}

    private final JdbcClient jdbc;

    Accidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long enterpriseId,
            String regionCode,
            String sector,
            AccidentDraft d,
            AccidentType type,
            Figures f,
            AccidentLevel level,
            AccidentLevel provisional,
            Instant at,
            long by) {
        return jdbc.sql("""
                        INSERT INTO accident (enterprise_id, region_code, sector, occurred_at, place, type, scene, summary,
                            measures, other_info, deaths, missing, serious_injuries, minor_injuries, direct_loss_yuan,
                            level, provisional_level, reported_at, reported_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        enterpriseId,
                        regionCode,
                        sector,
                        Timestamp.from(d.occurredAt().toInstant()),
                        d.place().strip(),
                        type.name(),
                        strip(d.scene()),
                        d.summary().strip(),
                        strip(d.measures()),
                        strip(d.otherInfo()),
                        f.deaths(),
                        f.missing(),
                        f.seriousInjuries(),
                        f.minorInjuries(),
                        f.directLossYuan(),
                        level.name(),
                        provisional.name(),
                        Timestamp.from(at),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Locks the accident for a change of its figures (one follow-up at a time keeps the history in order). */
    Optional<Integer> lockVersion(long id) {
        return jdbc.sql("SELECT version FROM accident WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Integer.class)
                .optional();
    }

    void updateFigures(long id, Figures f, AccidentLevel level, AccidentLevel provisional, Instant at) {
        jdbc.sql("""
                        UPDATE accident SET deaths = ?, missing = ?, serious_injuries = ?, minor_injuries = ?,
                            direct_loss_yuan = ?, level = ?, provisional_level = ?, updated_at = ?, version = version + 1
                        WHERE id = ?""")
                .params(
                        f.deaths(),
                        f.missing(),
                        f.seriousInjuries(),
                        f.minorInjuries(),
                        f.directLossYuan(),
                        level.name(),
                        provisional.name(),
                        Timestamp.from(at),
                        id)
                .update();
    }

    void insertFigures(
            long accidentId,
            Figures f,
            AccidentLevel level,
            AccidentLevel provisional,
            boolean levelKept,
            String note,
            Instant at,
            long byId,
            String byName) {
        jdbc.sql("""
                        INSERT INTO accident_figures (accident_id, at, by_id, by_name, deaths, missing, serious_injuries,
                            minor_injuries, direct_loss_yuan, level, provisional_level, level_kept, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accidentId,
                        Timestamp.from(at),
                        byId,
                        byName,
                        f.deaths(),
                        f.missing(),
                        f.seriousInjuries(),
                        f.minorInjuries(),
                        f.directLossYuan(),
                        level.name(),
                        provisional.name(),
                        levelKept,
                        note)
                .update();
    }

    Optional<Row> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE a.id = :id AND " + ScopeSql.PREDICATE)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(Accidents::row)
                .optional();
    }

    List<Row> list(DataScope scope, AccidentFilter filter, java.time.ZoneId zone, PageRequest page) {
        return where(
                        jdbc.sql(SELECT + " WHERE " + ScopeSql.PREDICATE + FILTER
                                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset"),
                        filter,
                        zone)
                .params(ScopeSql.params(scope))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Accidents::row)
                .list();
    }

    /**
     * The filter's conditions: each is off when its parameter is null (text matched literally, % and _ escaped). A
     * level matches the confirmed or the provisional one (the missing counted as dead), as the list's badges show both.
     */
    static final String FILTER = """
             AND (CAST(:enterpriseId AS bigint) IS NULL OR a.enterprise_id = CAST(:enterpriseId AS bigint))
             AND (CAST(:text AS text) IS NULL OR e.name ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\'
                  OR a.place ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\'
                  OR a.summary ILIKE '%' || CAST(:text AS text) || '%' ESCAPE '\\')
             AND (CAST(:level AS text) IS NULL OR a.level = CAST(:level AS text)
                  OR a.provisional_level = CAST(:level AS text))
             AND (CAST(:from AS timestamptz) IS NULL OR a.occurred_at >= CAST(:from AS timestamptz))
             AND (CAST(:to AS timestamptz) IS NULL OR a.occurred_at < CAST(:to AS timestamptz))""";

    static org.springframework.jdbc.core.simple.JdbcClient.StatementSpec where(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec sql,
            AccidentFilter f,
            java.time.ZoneId zone) {
        var text = f.text() == null
                ? null
                : f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return sql.param(
                        "enterpriseId",
                        new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.BIGINT, f.enterpriseId()))
                .param("text", new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, text))
                .param(
                        "level",
                        new org.springframework.jdbc.core.SqlParameterValue(
                                java.sql.Types.VARCHAR,
                                f.level() == null ? null : f.level().name()))
                .param("from", day(f.from(), zone))
                .param("to", day(f.to() == null ? null : f.to().plusDays(1), zone));
    }

    private static org.springframework.jdbc.core.SqlParameterValue day(
            java.time.@Nullable LocalDate day, java.time.ZoneId zone) {
        return new org.springframework.jdbc.core.SqlParameterValue(
                java.sql.Types.TIMESTAMP,
                day == null
                        ? null
                        : java.sql.Timestamp.from(day.atStartOfDay(zone).toInstant()));
    }

    /** The accidents of the scope that happened since the time, latest first (the home page's card). */
    List<Row> since(DataScope scope, Instant since) {
        return jdbc.sql(SELECT + " WHERE " + ScopeSql.PREDICATE + " AND a.occurred_at >= :since"
                        + " ORDER BY a.occurred_at DESC, a.id DESC")
                .params(ScopeSql.params(scope))
                .param("since", Timestamp.from(since))
                .query(Accidents::row)
                .list();
    }

    long count(DataScope scope, AccidentFilter filter, java.time.ZoneId zone) {
        return where(
                        jdbc.sql("SELECT count(*) FROM accident a JOIN enterprise e ON e.id = a.enterprise_id WHERE "
                                + ScopeSql.PREDICATE + FILTER),
                        filter,
                        zone)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .single();
    }

    List<Accident.LevelChange> history(long accidentId) {
        return histories(List.of(accidentId)).getOrDefault(accidentId, List.of());
    }

    /** The reports of figures of several accidents in one read, each oldest first. */
    Map<Long, List<Accident.LevelChange>> histories(List<Long> accidentIds) {
        var histories = new java.util.HashMap<Long, List<Accident.LevelChange>>();
        jdbc.sql("SELECT * FROM accident_figures WHERE accident_id = ANY(?) ORDER BY accident_id, id")
                .param(accidentIds.toArray(Long[]::new))
                .query((rs, n) -> histories
                        .computeIfAbsent(rs.getLong("accident_id"), k -> new java.util.ArrayList<>())
                        .add(change(rs)))
                .list();
        return histories;
    }

    private static Accident.LevelChange change(ResultSet rs) throws SQLException {
        return new Accident.LevelChange(
                rs.getTimestamp("at").toInstant(),
                rs.getString("by_name"),
                rs.getInt("deaths"),
                rs.getInt("missing"),
                rs.getInt("serious_injuries"),
                rs.getInt("minor_injuries"),
                rs.getLong("direct_loss_yuan"),
                AccidentLevel.valueOf(rs.getString("level")),
                AccidentLevel.valueOf(rs.getString("provisional_level")),
                rs.getBoolean("level_kept"),
                rs.getString("note"));
    }

    Map<ReportStep, ReportingChain.Recorded> chain(long accidentId) {
        return chains(List.of(accidentId)).getOrDefault(accidentId, new EnumMap<>(ReportStep.class));
    }

    /** The recorded steps of several accidents' chains in one read. */
    Map<Long, Map<ReportStep, ReportingChain.Recorded>> chains(List<Long> accidentIds) {
        var chains = new java.util.HashMap<Long, Map<ReportStep, ReportingChain.Recorded>>();
        jdbc.sql("SELECT * FROM accident_report WHERE accident_id = ANY(?)")
                .param(accidentIds.toArray(Long[]::new))
                .query((rs, n) -> chains.computeIfAbsent(
                                rs.getLong("accident_id"), k -> new EnumMap<>(ReportStep.class))
                        .put(
                                ReportStep.valueOf(rs.getString("step")),
                                new ReportingChain.Recorded(
                                        instant(rs, "sent_at"),
                                        rs.getString("sent_by"),
                                        instant(rs, "received_at"),
                                        rs.getString("received_by"),
                                        parties(rs))))
                .list();
        return chains;
    }

    /** Records a step as sent, as its {@link ChainStep} allowed (the accident locked by {@link #lockVersion}). */
    void sent(long accidentId, ReportStep step, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO accident_report (accident_id, step, sent_at, sent_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (accident_id, step) DO UPDATE SET sent_at = EXCLUDED.sent_at, sent_by = EXCLUDED.sent_by""").params(accidentId, step.name(), Timestamp.from(at), by).update();
    }

    /** Records a sent step as received with the parties notified, as its {@link ChainStep} allowed (locked). */
    void received(long accidentId, ReportStep step, Instant at, String by, java.util.Set<NotifiedParty> parties) {
        jdbc.sql("""
                        UPDATE accident_report SET received_at = ?, received_by = ?, parties = ?
                        WHERE accident_id = ? AND step = ?""")
                .params(
                        Timestamp.from(at),
                        by,
                        parties.stream().map(Enum::name).sorted().toArray(String[]::new),
                        accidentId,
                        step.name())
                .update();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static java.util.Set<NotifiedParty> parties(ResultSet rs) throws SQLException {
        var names = (String[]) rs.getArray("parties").getArray();
        return names.length == 0
                ? EnumSet.noneOf(NotifiedParty.class)
                : Arrays.stream(names)
                        .map(NotifiedParty::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotifiedParty.class)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"),
                rs.getString("region_code"),
                rs.getString("sector"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("place"),
                AccidentType.valueOf(rs.getString("type")),
                rs.getString("scene"),
                rs.getString("summary"),
                rs.getString("measures"),
                rs.getString("other_info"),
                new Figures(
                        rs.getInt("deaths"),
                        rs.getInt("missing"),
                        rs.getInt("serious_injuries"),
                        rs.getInt("minor_injuries"),
                        rs.getLong("direct_loss_yuan")),
                AccidentLevel.valueOf(rs.getString("level")),
                AccidentLevel.valueOf(rs.getString("provisional_level")),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getString("reported_by_name"),
                rs.getInt("version"));
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    void insertLog(
            long accidentId, Instant at, LogEntry.Kind kind, String text, long byId, String byName, Instant now) {
        jdbc.sql("""
                        INSERT INTO accident_log (accident_id, at, kind, text, by_id, by_name, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(accidentId, Timestamp.from(at), kind.name(), text, byId, byName, Timestamp.from(now))
                .update();
    }

    List<LogEntry> log(long accidentId) {
        return jdbc.sql("SELECT * FROM accident_log WHERE accident_id = ? ORDER BY at, id")
                .param(accidentId)
                .query((rs, n) -> new LogEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        LogEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getString("by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
