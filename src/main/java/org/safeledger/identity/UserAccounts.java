package org.safeledger.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user_account table. */
@Repository
class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM user_account WHERE username = ?")
                .param(username)
                .query(UserAccounts::map)
                .optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("SELECT * FROM user_account WHERE id = ?")
                .param(id)
                .query(UserAccounts::map)
                .optional();
    }

    /** The owner of a live API token (not revoked, not expired) with this digest: one indexed lookup. */
    Optional<TokenOwner> findByLiveToken(String digest, Instant now) {
        return jdbc.sql("SELECT t.id AS token_id, u.* FROM api_token t JOIN user_account u ON u.id = t.user_id"
                        + " WHERE t.digest = ? AND t.revoked_at IS NULL AND t.expires_at > ?")
                .params(digest, Timestamp.from(now))
                .query((rs, i) -> new TokenOwner(rs.getLong("token_id"), map(rs, i)))
                .optional();
    }

    record TokenOwner(long tokenId, UserAccount account) {}

    /** Accounts whose own scope lies inside the given one (an administrator of a province sees its users). */
    List<UserAccount> within(DataScope scope) {
        return jdbc.sql("""
                        SELECT * FROM user_account
                        WHERE (:prefix = '' OR region_code LIKE :prefix || '%')
                          AND (CAST(:enterpriseId AS bigint) IS NULL OR enterprise_id = CAST(:enterpriseId AS bigint))
                        ORDER BY username""")
                .param("prefix", scope.region().subtreePrefix())
                .param("enterpriseId", new SqlParameterValue(Types.BIGINT, scope.enterpriseId()))
                .query(UserAccounts::map)
                .list();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_account)")
                .query(Boolean.class)
                .single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(NewAccount account, String passwordHash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, display_name, roles, region_code, sectors,
                            enterprise_id, department_id, person_id, created_at, password_changed_at)
                        VALUES (?, ?, ?, string_to_array(?, ','), ?, string_to_array(?, ','), ?, ?, ?, ?, ?)
                        RETURNING id""")
                .params(
                        account.username(),
                        passwordHash,
                        account.displayName(),
                        join(account.roles()),
                        new SqlParameterValue(Types.CHAR, account.regionCode()),
                        join(account.sectors()),
                        new SqlParameterValue(Types.BIGINT, account.enterpriseId()),
                        new SqlParameterValue(Types.BIGINT, account.departmentId()),
                        new SqlParameterValue(Types.BIGINT, account.personId()),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    boolean updateProfile(long id, int version, String displayName, boolean enabled) {
        return jdbc.sql("UPDATE user_account SET display_name = ?, enabled = ?, version = version + 1"
                                + " WHERE id = ? AND version = ?")
                        .params(displayName, enabled, id, version)
                        .update()
                == 1;
    }

    void changePassword(long id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE user_account SET password_hash = ?, password_changed_at = ?, failed_logins = 0,"
                        + " locked_until = NULL, version = version + 1 WHERE id = ?")
                .params(passwordHash, Timestamp.from(now), id)
                .update();
    }

    /** Counts a failed login; returns the new count. */
    int recordFailure(String username) {
        return jdbc.sql("UPDATE user_account SET failed_logins = failed_logins + 1 WHERE username = ?"
                        + " RETURNING failed_logins")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("UPDATE user_account SET locked_until = ?, failed_logins = 0 WHERE username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE user_account SET failed_logins = 0 WHERE username = ? AND failed_logins > 0")
                .param(username)
                .update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE user_account SET locked_until = NULL, failed_logins = 0 WHERE id = ?")
                .param(id)
                .update();
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        var lockedUntil = rs.getTimestamp("locked_until");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                enums(rs.getArray("roles"), Role.class),
                rs.getString("region_code"),
                enums(rs.getArray("sectors"), Sector.class),
                rs.getObject("enterprise_id", Long.class),
                rs.getObject("department_id", Long.class),
                rs.getObject("person_id", Long.class),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getInt("version"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        var result = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray())
                .map(v -> Enum.valueOf(type, v))
                .forEach(result::add);
        return result;
    }

    /** A validated new account, ready to insert. */
    record NewAccount(
            String username,
            String displayName,
            Set<Role> roles,
            @Nullable String regionCode,
            Set<Sector> sectors,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            @Nullable Long personId) {}
}
