package org.safeledger.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments table. Departments are seen by region subtree (a department is not owned by an enterprise). */
@Repository
class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Department> find(long id) {
        return jdbc.sql("SELECT * FROM department WHERE id = ?")
                .param(id)
                .query(Departments::map)
                .optional();
    }

    List<Department> supervising(String regionCode, String sector) {
        return jdbc.sql("SELECT * FROM department WHERE region_code = ? AND ? = ANY(sectors) ORDER BY id")
                .params(regionCode, sector)
                .query(Departments::map)
                .list();
    }

    List<Department> inRegion(String regionPrefix) {
        return jdbc.sql("SELECT * FROM department WHERE region_code LIKE ? || '%' ORDER BY region_code, kind, id")
                .param(regionPrefix)
                .query(Departments::map)
                .list();
    }

    long insert(DepartmentDraft draft, Set<Sector> sectors, Instant now) {
        return jdbc.sql("""
                        INSERT INTO department (region_code, kind, name, sectors, created_at)
                        VALUES (?, ?, ?, string_to_array(?, ','), ?) RETURNING id""")
                .params(
                        draft.regionCode(),
                        draft.kind().name(),
                        draft.name().strip(),
                        sectors.stream().map(Sector::name).sorted().collect(Collectors.joining(",")),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    boolean nameTaken(String regionCode, String name) {
        return jdbc.sql("SELECT count(*) FROM department WHERE region_code = ? AND name = ?")
                        .params(regionCode, name.strip())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Department map(ResultSet rs, int row) throws SQLException {
        return new Department(
                rs.getLong("id"),
                rs.getString("region_code"),
                DepartmentKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                Enterprises.sectors(rs.getArray("sectors")),
                rs.getInt("version"));
    }
}
