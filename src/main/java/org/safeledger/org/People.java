package org.safeledger.org;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ScopeSql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People and posts. A person is seen by region subtree; an enterprise-scoped reader sees only the people of
 * that enterprise.
 */
@Repository
class People {

    /**
     * A person is in scope by region; one attached to an enterprise also needs that enterprise in scope, so a
     * sector-limited reader does not see the staff of enterprises outside the sectors.
     */
    private static final String SCOPE = " p.region_code LIKE :scopeRegionPrefix || '%'"
            + " AND (CAST(:scopeEnterpriseId AS bigint) IS NULL OR p.enterprise_id = CAST(:scopeEnterpriseId AS bigint))"
            + " AND (p.enterprise_id IS NULL OR EXISTS (SELECT 1 FROM enterprise e WHERE e.id = p.enterprise_id AND "
            + ScopeSql.PREDICATE + "))";

    static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, @Nullable String mobile, String regionCode, @Nullable Long enterpriseId, Instant now) {
        return jdbc.sql("INSERT INTO person (name, mobile, region_code, enterprise_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(
                        name,
                        mobile,
                        regionCode,
                        new SqlParameterValue(Types.BIGINT, enterpriseId),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void insertPost(long personId, Post post) {
        jdbc.sql("INSERT INTO post (person_id, kind, title, enterprise_id, department_id, region_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        personId,
                        post.kind().name(),
                        post.title(),
                        new SqlParameterValue(Types.BIGINT, post.enterpriseId()),
                        new SqlParameterValue(Types.BIGINT, post.departmentId()),
                        post.regionCode())
                .update();
    }

    Optional<Person> find(long id, DataScope scope) {
        return query(" AND p.id = :id", scope, id).stream().findFirst();
    }

    List<Person> list(DataScope scope) {
        return query("", scope, null);
    }

    private List<Person> query(String extra, DataScope scope, @Nullable Long id) {
        var params = new HashMap<String, Object>(ScopeSql.params(scope));
        params.put("id", new SqlParameterValue(Types.BIGINT, id));
        params.put("limit", MAX_LISTED);
        var byId = new LinkedHashMap<Long, Person>();
        jdbc.sql("SELECT p.id, p.name, p.mobile, p.region_code, p.enterprise_id,"
                        + " s.kind, s.title, s.enterprise_id AS s_enterprise_id, s.department_id, s.region_code AS s_region"
                        + " FROM (SELECT * FROM person p WHERE" + SCOPE + extra
                        + " ORDER BY p.region_code, p.name, p.id LIMIT :limit) p"
                        + " LEFT JOIN post s ON s.person_id = p.id ORDER BY p.region_code, p.name, p.id, s.id")
                .params(params)
                .query(rs -> {
                    long personId = rs.getLong("id");
                    var person = byId.get(personId);
                    if (person == null) {
                        person = new Person(
                                personId,
                                rs.getString("name"),
                                rs.getString("mobile"),
                                rs.getString("region_code"),
                                rs.getObject("enterprise_id", Long.class),
                                new ArrayList<>());
                        byId.put(personId, person);
                    }
                    if (rs.getString("kind") != null) {
                        person.posts()
                                .add(new Post(
                                        PostKind.valueOf(rs.getString("kind")),
                                        rs.getString("title"),
                                        rs.getObject("s_enterprise_id", Long.class),
                                        rs.getObject("department_id", Long.class),
                                        rs.getString("s_region")));
                    }
                });
        return byId.values().stream()
                .map(p -> new Person(
                        p.id(), p.name(), p.mobile(), p.regionCode(), p.enterpriseId(), List.copyOf(p.posts())))
                .toList();
    }

    /** Each person's account, the first if several (person id → user id). */
    java.util.Map<Long, Long> accounts(java.util.Collection<Long> personIds) {
        var found = new HashMap<Long, Long>();
        jdbc.sql("SELECT person_id, min(id) AS user_id FROM user_account WHERE person_id = ANY(?) GROUP BY person_id")
                .param(personIds.toArray(Long[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> found.put(rs.getLong("person_id"), rs.getLong("user_id")));
        return found;
    }

    /** The leaders' and department heads' posts in a region's subtree, with their holders and accounts. */
    List<PostHolder> holders(String subtreePrefix, @Nullable Long postId) {
        return jdbc.sql("""
                        SELECT s.id, s.kind, s.title, p.name, s.department_id, s.region_code,
                            (SELECT min(u.id) FROM user_account u WHERE u.person_id = p.id) AS user_id
                        FROM post s JOIN person p ON p.id = s.person_id
                        WHERE s.kind IN ('REGION_LEADER', 'DEPARTMENT_HEAD') AND s.region_code LIKE :prefix || '%'
                          AND (CAST(:postId AS bigint) IS NULL OR s.id = CAST(:postId AS bigint))
                        ORDER BY s.region_code, s.kind DESC, s.title, s.id LIMIT 500""")
                .param("prefix", subtreePrefix)
                .param("postId", new SqlParameterValue(Types.BIGINT, postId))
                .query((rs, n) -> new PostHolder(
                        rs.getLong("id"),
                        PostKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("name"),
                        rs.getObject("department_id", Long.class),
                        rs.getString("region_code"),
                        rs.getObject("user_id", Long.class)))
                .list();
    }
}
