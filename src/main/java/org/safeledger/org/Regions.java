package org.safeledger.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region table, loaded once from the GB/T 2260 data file and read-only afterwards. */
@Repository
class Regions {

    private static final String COLUMNS = "SELECT code, name, level, parent_code FROM region ";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Region> find(String code) {
        return jdbc.sql(COLUMNS + "WHERE code = ?")
                .param(code)
                .query(Region.class)
                .optional();
    }

    List<Region> children(String code) {
        return jdbc.sql(COLUMNS + "WHERE parent_code = ? ORDER BY code")
                .param(code)
                .query(Region.class)
                .list();
    }

    List<Region> provinces() {
        return jdbc.sql(COLUMNS + "WHERE parent_code IS NULL ORDER BY code")
                .query(Region.class)
                .list();
    }

    /** The region and its ancestors, root first. */
    List<Region> path(String code) {
        return jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT code, name, level, parent_code, 0 AS depth FROM region WHERE code = ?
                    UNION ALL
                    SELECT r.code, r.name, r.level, r.parent_code, up.depth + 1
                    FROM region r JOIN up ON r.code = up.parent_code)
                SELECT code, name, level, parent_code FROM up ORDER BY depth DESC""").param(code).query(Region.class).list();
    }

    List<Region> search(String text, int limit) {
        return search(text, "", limit);
    }

    /** Regions under the code prefix (a subtree; "" for all) whose name or code matches, matched literally. */
    List<Region> search(String text, String prefix, int limit) {
        var literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(COLUMNS + "WHERE code LIKE ? || '%' AND (name LIKE '%' || ? || '%' ESCAPE '\\'"
                        + " OR code LIKE ? || '%' ESCAPE '\\') ORDER BY code LIMIT ?")
                .param(prefix)
                .param(literal)
                .param(literal)
                .param(limit)
                .query(Region.class)
                .list();
    }
}
