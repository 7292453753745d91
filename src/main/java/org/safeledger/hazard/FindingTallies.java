package org.safeledger.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The hazards found in a region's subtree, in some sectors, within some days, counted by county, source, grade,
 * listing and whether they are closed now: what a campaign's progress counts (the national bulletins count major
 * hazards found and rectified by source, per region).
 */
@Service
public class FindingTallies {

    /** A count of the hazards of one county alike in source, grade, listing and closure. */
    public record Tally(
            String regionCode, HazardSource source, boolean major, boolean listed, boolean closed, long count) {}

    private final JdbcClient jdbc;

    FindingTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Found from {@code from} (inclusive) to {@code to} (exclusive). The region is matched on the hazard's column of
     * its level (province, city or county code), so that the ledger's index of that level and day serves the range.
     */
    public List<Tally> found(RegionCode region, Collection<Sector> sectors, Instant from, Instant to) {
        var prefix = region.subtreePrefix();
        var column = switch (prefix.length()) {
            case 0 -> "''";
            case 2 -> "province_code";
            case 4 -> "city_code";
            default -> "region_code";
        };
        return jdbc.sql("""
                        SELECT region_code, source, grade = 'MAJOR' AS major, listing_level IS NOT NULL AS listed,
                            status = 'CLOSED' AS closed, count(*) AS n
                        FROM hazard
                        WHERE %s = ? AND sector = ANY(?) AND discovered_at >= ? AND discovered_at < ?
                        GROUP BY 1, 2, 3, 4, 5""".formatted(column))
                .params(
                        prefix,
                        sectors.stream().map(Sector::name).toArray(String[]::new),
                        Timestamp.from(from),
                        Timestamp.from(to))
                .query((rs, n) -> new Tally(
                        rs.getString("region_code"),
                        HazardSource.valueOf(rs.getString("source")),
                        rs.getBoolean("major"),
                        rs.getBoolean("listed"),
                        rs.getBoolean("closed"),
                        rs.getLong("n")))
                .list();
    }
}
