package org.safeledger.shared;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The data scope as one constant SQL predicate over an enterprise row aliased {@code e}, with bound parameters:
 * nothing user-supplied is ever spliced into the SQL text. Every query that lists or reads enterprise-owned data
 * appends {@link #PREDICATE} and binds {@link #params(DataScope)}.
 */
public final class ScopeSql {

    public static final String PREDICATE = "(e.region_code LIKE :scopeRegionPrefix || '%'"
            + " AND (:scopeSectors = '' OR e.sectors && string_to_array(:scopeSectors, ','))"
            + " AND (CAST(:scopeEnterpriseId AS bigint) IS NULL OR e.id = CAST(:scopeEnterpriseId AS bigint)))";

    private ScopeSql() {}

    public static Map<String, Object> params(DataScope scope) {
        var sectors = scope.sectors().stream().map(Sector::name).sorted().collect(Collectors.joining(","));
        var params = new HashMap<String, Object>();
        params.put("scopeRegionPrefix", scope.region().subtreePrefix());
        params.put("scopeSectors", sectors);
        params.put("scopeEnterpriseId", new SqlParameterValue(Types.BIGINT, scope.enterpriseId()));
        return params;
    }
}
