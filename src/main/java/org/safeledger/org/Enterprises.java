package org.safeledger.org;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.ScopeSql;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise register. Every read takes the reader's {@link DataScope} and applies it in SQL. */
@Repository
class Enterprises {

    private static final String SELECT = """
            SELECT e.* FROM enterprise e
            """;
    private static final String FILTER = " WHERE " + ScopeSql.PREDICATE + """
             AND (CAST(:regionPrefix AS text) IS NULL OR e.region_code LIKE :regionPrefix || '%')
             AND (CAST(:sector AS text) IS NULL OR e.sectors @> ARRAY[CAST(:sector AS text)])
             AND (CAST(:q AS text) IS NULL OR e.name LIKE '%' || :q || '%' OR e.credit_code LIKE :q || '%'
                  OR e.address LIKE '%' || :q || '%')
            """;

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enterprise> find(long id, DataScope scope) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND " + ScopeSql.PREDICATE)
                .param("id", id)
                .params(ScopeSql.params(scope))
                .query(Enterprises::map)
                .optional()
                .map(this::withLicences);
    }

    /** The ids of the enterprises in the scope with this credit code or, failing that, exactly this name. */
    Optional<Long> identify(String codeOrName, DataScope scope) {
        // the credit code is unique (and indexed); a name only when exactly one enterprise of the scope has it
        var byCode = jdbc.sql("SELECT e.id FROM enterprise e WHERE e.credit_code = :key AND " + ScopeSql.PREDICATE)
                .param("key", codeOrName)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .optional();
        if (byCode.isPresent()) {
            return byCode;
        }
        var byName = jdbc.sql("SELECT e.id FROM enterprise e WHERE e.name = :key AND " + ScopeSql.PREDICATE
                        + " ORDER BY e.id LIMIT 2")
                .param("key", codeOrName)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .list();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    Optional<Enterprise> findUnscoped(long id) {
        return find(id, DataScope.everything());
    }

    boolean creditCodeTaken(String creditCode, @Nullable Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE credit_code = ? AND id IS DISTINCT FROM ?")
                        .param(creditCode)
                        .param(new SqlParameterValue(Types.BIGINT, exceptId))
                        .query(Long.class)
                        .single()
                > 0;
    }

    PageResult<Enterprise> list(
            DataScope scope, @Nullable String regionPrefix, EnterpriseFilter filter, PageRequest page) {
        var params = filterParams(scope, regionPrefix, filter);
        long total = jdbc.sql("SELECT count(*) FROM enterprise e" + FILTER)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + FILTER + " ORDER BY e.region_code, e.name, e.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Enterprises::map)
                .list();
        return new PageResult<>(withLicences(items), total);
    }

    long insert(EnterpriseDraft draft, String creditCode, Set<Sector> sectors, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO enterprise (name, credit_code, region_code, sectors, address, longitude, latitude,
                            mine_type, principal_name, principal_phone, safety_manager_name, safety_manager_phone,
                            created_at, updated_at)
                        VALUES (:name, :creditCode, :regionCode, string_to_array(:sectors, ','), :address, :longitude,
                            :latitude, :mineType, :principalName, :principalPhone, :safetyManagerName,
                            :safetyManagerPhone, :now, :now)
                        RETURNING id""")
                .params(draftParams(draft, creditCode, sectors, now))
                .query(Long.class)
                .single();
        replaceLicences(id, draft.licenceList());
        return id;
    }

    /** Updates when {@code version} is current; false when another writer got there first. */
    boolean update(long id, int version, EnterpriseDraft draft, String creditCode, Set<Sector> sectors, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE enterprise SET name = :name, credit_code = :creditCode, region_code = :regionCode,
                            sectors = string_to_array(:sectors, ','), address = :address, longitude = :longitude,
                            latitude = :latitude, mine_type = :mineType, principal_name = :principalName,
                            principal_phone = :principalPhone, safety_manager_name = :safetyManagerName,
                            safety_manager_phone = :safetyManagerPhone, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(draftParams(draft, creditCode, sectors, now))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 1) {
            replaceLicences(id, draft.licenceList());
        }
        return rows == 1;
    }

    private void replaceLicences(long id, List<Licence> licences) {
        jdbc.sql("DELETE FROM enterprise_licence WHERE enterprise_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < licences.size(); i++) {
            var licence = licences.get(i);
            jdbc.sql("INSERT INTO enterprise_licence (enterprise_id, position, kind, number, valid_until)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, licence.kind(), licence.number(), licence.validUntil())
                    .update();
        }
    }

    private static Map<String, Object> filterParams(
            DataScope scope, @Nullable String regionPrefix, EnterpriseFilter filter) {
        var params = new HashMap<>(ScopeSql.params(scope));
        params.put("regionPrefix", new SqlParameterValue(Types.VARCHAR, regionPrefix));
        params.put("sector", new SqlParameterValue(Types.VARCHAR, blankToNull(filter.sector())));
        params.put("q", new SqlParameterValue(Types.VARCHAR, blankToNull(filter.q())));
        return params;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> draftParams(
            EnterpriseDraft draft, String creditCode, Set<Sector> sectors, Instant now) {
        var params = new HashMap<String, Object>();
        params.put("name", draft.name().strip());
        params.put("creditCode", creditCode);
        params.put("regionCode", draft.regionCode());
        params.put("sectors", sectors.stream().map(Sector::name).collect(Collectors.joining(",")));
        params.put("address", draft.address().strip());
        params.put("longitude", new SqlParameterValue(Types.NUMERIC, draft.longitude()));
        params.put("latitude", new SqlParameterValue(Types.NUMERIC, draft.latitude()));
        params.put(
                "mineType",
                new SqlParameterValue(
                        Types.VARCHAR,
                        draft.mineType() == null ? null : draft.mineType().name()));
        params.put("principalName", new SqlParameterValue(Types.VARCHAR, blankToNull(draft.principalName())));
        params.put("principalPhone", new SqlParameterValue(Types.VARCHAR, blankToNull(draft.principalPhone())));
        params.put("safetyManagerName", new SqlParameterValue(Types.VARCHAR, blankToNull(draft.safetyManagerName())));
        params.put("safetyManagerPhone", new SqlParameterValue(Types.VARCHAR, blankToNull(draft.safetyManagerPhone())));
        params.put("now", new java.sql.Timestamp(now.toEpochMilli()));
        return params;
    }

    private Enterprise withLicences(Enterprise enterprise) {
        return withLicences(List.of(enterprise)).get(0);
    }

    /** One query for the licences of a whole page of enterprises. */
    private List<Enterprise> withLicences(List<Enterprise> enterprises) {
        if (enterprises.isEmpty()) {
            return enterprises;
        }
        var ids = enterprises.stream().map(Enterprise::id).toArray(Long[]::new);
        var byEnterprise = new HashMap<Long, List<Licence>>();
        jdbc.sql("SELECT enterprise_id, kind, number, valid_until FROM enterprise_licence"
                        + " WHERE enterprise_id = ANY(?) ORDER BY enterprise_id, position")
                .param(ids)
                .query(rs -> {
                    var validUntil = rs.getDate("valid_until");
                    byEnterprise
                            .computeIfAbsent(rs.getLong("enterprise_id"), k -> new java.util.ArrayList<>())
                            .add(new Licence(
                                    rs.getString("kind"),
                                    rs.getString("number"),
                                    validUntil == null ? null : validUntil.toLocalDate()));
                });
        return enterprises.stream()
                .map(e -> withLicenceList(e, byEnterprise.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static Enterprise withLicenceList(Enterprise e, List<Licence> licences) {
        return new Enterprise(
                e.id(),
                e.name(),
                e.creditCode(),
                e.regionCode(),
                e.sectors(),
                e.address(),
                e.longitude(),
                e.latitude(),
                e.mineType(),
                e.principalName(),
                e.principalPhone(),
                e.safetyManagerName(),
                e.safetyManagerPhone(),
                licences,
                e.version(),
                e.createdAt());
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        var mineType = rs.getString("mine_type");
        return new Enterprise(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getString("region_code"),
                sectors(rs.getArray("sectors")),
                rs.getString("address"),
                rs.getObject("longitude", BigDecimal.class),
                rs.getObject("latitude", BigDecimal.class),
                mineType == null ? null : MineType.valueOf(mineType),
                rs.getString("principal_name"),
                rs.getString("principal_phone"),
                rs.getString("safety_manager_name"),
                rs.getString("safety_manager_phone"),
                List.of(),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    static Set<Sector> sectors(Array array) throws SQLException {
        var result = EnumSet.noneOf(Sector.class);
        Arrays.stream((String[]) array.getArray()).map(Sector::valueOf).forEach(result::add);
        return result;
    }
}
