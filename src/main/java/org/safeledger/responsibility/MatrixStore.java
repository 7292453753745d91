package org.safeledger.responsibility;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The matrix's posts and holdings; a post with its whole history is read in one go. */
@Repository
class MatrixStore {

    private final JdbcClient jdbc;

    MatrixStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPost(String regionCode, MatrixRole role, String title, List<Sector> sectors, long by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO leader_post (region_code, role, title, sectors, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(
                        regionCode,
                        role.name(),
                        title,
                        sectors.stream().map(Sector::name).toArray(String[]::new),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ConflictException("role", "error.matrix.roleTaken", role.name()));
    }

    /** The region's posts (this region only, not its subtree), each with its holdings. */
    List<LeaderPost> posts(String regionCode) {
        return read("p.region_code = ?", regionCode);
    }

    /** The regions whose matrix has a post. */
    List<String> regionsWithPosts() {
        return jdbc.sql("SELECT DISTINCT region_code FROM leader_post ORDER BY region_code")
                .query(String.class)
                .list();
    }

    Optional<LeaderPost> post(long id) {
        return read("p.id = ?", id).stream().findFirst();
    }

    /**
     * Saves a step's holdings if nobody changed the post meanwhile ({@code expectedVersion} as the step read it):
     * new terms inserted, ended ones closed.
     */
    void save(LeaderPost post, int expectedVersion, long by, Instant at) {
        int updated = jdbc.sql("UPDATE leader_post SET version = version + 1 WHERE id = ? AND version = ?")
                .params(post.id(), expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("version", "error.matrix.stale", post.id());
        }
        // ended terms first: the open-term index allows one open term per post
        for (var h : post.changed()) {
            if (h.id() != 0 && h.to() != null) {
                jdbc.sql("UPDATE leader_holding SET held_to = ? WHERE id = ?")
                        .params(Date.valueOf(h.to()), h.id())
                        .update();
            }
        }
        for (var h : post.changed()) {
            if (h.id() == 0) {
                jdbc.sql("""
                                INSERT INTO leader_holding (post_id, person_id, person_name, held_from, held_to,
                                    recorded_by, recorded_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                post.id(),
                                h.personId(),
                                h.personName(),
                                Date.valueOf(h.from()),
                                h.to() == null ? null : Date.valueOf(h.to()),
                                by,
                                Timestamp.from(at))
                        .update();
            }
        }
    }

    private List<LeaderPost> read(String condition, Object value) {
        var rows = new LinkedHashMap<Long, Row>();
        jdbc.sql("SELECT p.*, h.id AS h_id, h.person_id, h.person_name, h.held_from, h.held_to"
                        + " FROM leader_post p LEFT JOIN leader_holding h ON h.post_id = p.id WHERE " + condition
                        + " ORDER BY p.role, p.title, p.id, h.held_from, h.id")
                .param(value)
                .query(rs -> {
                    var row = rows.computeIfAbsent(rs.getLong("id"), k -> post(rs));
                    if (rs.getObject("h_id") != null) {
                        var to = rs.getDate("held_to");
                        row.holdings.add(new Holding(
                                rs.getLong("h_id"),
                                rs.getLong("person_id"),
                                rs.getString("person_name"),
                                rs.getDate("held_from").toLocalDate(),
                                to == null ? null : to.toLocalDate()));
                    }
                });
        return rows.values().stream()
                .map(r -> new LeaderPost(r.id, r.region, r.role, r.title, r.sectors, r.holdings, r.version))
                .toList();
    }

    private static Row post(ResultSet rs) {
        try {
            var sectors = EnumSet.noneOf(Sector.class);
            Arrays.stream((String[]) rs.getArray("sectors").getArray()).forEach(s -> sectors.add(Sector.valueOf(s)));
            return new Row(
                    rs.getLong("id"),
                    rs.getString("region_code"),
                    MatrixRole.valueOf(rs.getString("role")),
                    rs.getString("title"),
                    sectors,
                    rs.getInt("version"),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(
            long id,
            String region,
            MatrixRole role,
            String title,
            EnumSet<Sector> sectors,
            int version,
            List<Holding> holdings) {}
}
