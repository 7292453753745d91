package org.safeledger.accident;

import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.Permission;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accidents' statistics for dashboards and reports, under the accident list's own filter and scope (a region
 * narrows the reader's scope), so each figure is what the filtered list counts.
 */
@Service
public class AccidentStatistics {

    private final Accidents accidents;
    private final JdbcClient jdbc;
    private final SafeLedgerProperties properties;

    AccidentStatistics(Accidents accidents, JdbcClient jdbc, SafeLedgerProperties properties) {
        this.accidents = accidents;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * The statistics of the accidents the filter lists: how many, at each level as the list matches a level (the
     * confirmed or the provisional one, so each figure is what its filtered list counts), and the deaths.
     */
    public record Totals(long total, java.util.Map<AccidentLevel, Long> byLevel, long deaths) {}

    /**
     * The accidents the filter lists and their deaths ({@code [count, deaths]}) for each region one level below the
     * filter's region (its code prefix two digits longer).
     */
    public java.util.Map<String, long[]> byChildRegion(Actor actor, AccidentFilter filter) {
        actor.require(Permission.ACCIDENT_READ);
        var scope = actor.scope().narrowedTo(filter.region());
        var parent = filter.region() == null ? scope.region() : filter.region();
        return this.byRegion(
                scope, filter, properties.zone(), parent.subtreePrefix().length() + 2);
    }

    public Totals totals(Actor actor, AccidentFilter filter) {
        actor.require(Permission.ACCIDENT_READ);
        var zone = properties.zone();
        var scope = actor.scope().narrowedTo(filter.region());
        var byLevel = new java.util.EnumMap<AccidentLevel, Long>(AccidentLevel.class);
        for (var level : AccidentLevel.values()) {
            byLevel.put(level, accidents.count(scope, filter.at(level), zone));
        }
        return new Totals(accidents.count(scope, filter, zone), byLevel, this.deaths(scope, filter, zone));
    }

    /** The accidents the filter lists and their deaths, by the enterprise's region cut to {@code length} digits. */
    private java.util.Map<String, long[]> byRegion(
            DataScope scope, AccidentFilter filter, java.time.ZoneId zone, int length) {
        var result = new java.util.LinkedHashMap<String, long[]>();
        Accidents.where(
                        jdbc.sql("SELECT left(e.region_code, :length) AS area, count(*) AS n,"
                                + " coalesce(sum(a.deaths), 0) AS deaths FROM accident a JOIN enterprise e"
                                + " ON e.id = a.enterprise_id WHERE " + ScopeSql.PREDICATE + Accidents.FILTER
                                + " GROUP BY 1"),
                        filter,
                        zone)
                .params(ScopeSql.params(scope))
                .param("length", length)
                .query(rs -> {
                    result.put(rs.getString("area"), new long[] {rs.getLong("n"), rs.getLong("deaths")});
                });
        return result;
    }

    private long deaths(DataScope scope, AccidentFilter filter, java.time.ZoneId zone) {
        return Accidents.where(
                        jdbc.sql("SELECT coalesce(sum(a.deaths), 0) FROM accident a JOIN enterprise e"
                                + " ON e.id = a.enterprise_id WHERE " + ScopeSql.PREDICATE + Accidents.FILTER),
                        filter,
                        zone)
                .params(ScopeSql.params(scope))
                .query(Long.class)
                .single();
    }
}
